package vn.danvan.workflow.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The code printed on a document and in its QR code: 128 random bits as 26 base32 letters (a–z, 2–7), read back
 * whatever the case and with or without the dashes it is printed with. It is looked up by its SHA-256, so every
 * lookup does the same work (one hash, one indexed read) whether the code exists or not; the code itself is kept
 * beside it only to link to its page (the stored PDF prints it anyway).
 */
final class VerificationCode {

  static final int LENGTH = 26;
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCode() {
  }

  static String generate() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    StringBuilder code = new StringBuilder(LENGTH);
    int buffer = 0;
    int held = 0;
    for (byte b : bits) {
      buffer = (buffer << 8) | (b & 0xff);
      held += 8;
      while (held >= 5) {
        code.append(ALPHABET[(buffer >> (held - 5)) & 31]);
        held -= 5;
      }
    }
    code.append(ALPHABET[(buffer << (5 - held)) & 31]);
    return code.toString();
  }

  /** As typed or scanned: lower case, without dashes or spaces; anything longer than a code is cut. */
  static String normalise(String typed) {
    String bare = typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    return bare.length() > 64 ? bare.substring(0, 64) : bare;
  }

  static boolean wellFormed(String code) {
    return code.length() == LENGTH && code.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'));
  }

  /** SHA-256 (hex) of the normalised code: computed for every lookup, known code or not. */
  static String hash(String typed) {
    return sha256(normalise(typed).getBytes(StandardCharsets.US_ASCII));
  }

  /** "abcd-efgh-…-yz", as printed. */
  static String grouped(String code) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < code.length(); i += 4) {
      if (i > 0) {
        out.append('-');
      }
      out.append(code, i, Math.min(code.length(), i + 4));
    }
    return out.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
