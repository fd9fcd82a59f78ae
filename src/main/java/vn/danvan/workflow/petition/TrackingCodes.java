package vn.danvan.workflow.petition;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Tracking codes citizens type: 12 characters from 31 without look-alikes (no 0/O, 1/I/L), about 59 random bits, so
 * a code cannot be guessed from another.
 */
final class TrackingCodes {

  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrackingCodes() {
  }

  static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** A code as typed (spaces, dashes, lower case) in its stored form; null when it cannot be one. */
  static String normalise(String typed) {
    if (typed == null || typed.length() > 40) {
      return null;
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : null;
  }
}
