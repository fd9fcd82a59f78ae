package vn.danvan.workflow.citizen;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The time a form was shown, signed (HMAC-SHA256) into a hidden field: a form sent too soon after it was shown
 * (a script, not a person), too late, altered or sent twice is refused. Each stamp is good for one petition, so a
 * reload of the answer page does not file the same petition again.
 */
@Component
class FormStamp {

  enum Check { ACCEPTED, TOO_FAST, EXPIRED, INVALID, USED }

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

  private final Clock clock;
  private final CitizenSettings settings;
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();
  /** Stamps already used, until they would have expired anyway. */
  private final Map<String, Instant> used = new ConcurrentHashMap<>();

  FormStamp(Clock clock, CitizenSettings settings) {
    this.clock = clock;
    this.settings = settings;
    byte[] secret = new byte[32];
    if (settings.formKey().isBlank()) {
      random.nextBytes(secret);
    } else {
      secret = settings.formKey().getBytes(StandardCharsets.UTF_8);
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** "seconds.nonce.signature": when the form was shown, a random nonce, and the two signed. */
  String issue() {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    String payload = clock.instant().getEpochSecond() + "." + ENCODE.encodeToString(nonce);
    return payload + "." + sign(payload);
  }

  /** Whether the stamp may send a petition now; on ACCEPTED it is spent. */
  Check spend(String stamp) {
    Check check = check(stamp);
    if (check == Check.ACCEPTED) {
      Instant now = clock.instant();
      used.values().removeIf(expiry -> expiry.isBefore(now));
      if (used.putIfAbsent(stamp, now.plus(settings.maxFillTime())) != null) {
        return Check.USED;
      }
    }
    return check;
  }

  Check check(String stamp) {
    if (stamp == null || stamp.length() > 200) {
      return Check.INVALID;
    }
    int last = stamp.lastIndexOf('.');
    if (last < 0 || !MessageDigest.isEqual(sign(stamp.substring(0, last)).getBytes(StandardCharsets.US_ASCII),
        stamp.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
      return Check.INVALID;
    }
    Instant shown;
    try {
      shown = Instant.ofEpochSecond(Long.parseLong(stamp.substring(0, stamp.indexOf('.'))));
    } catch (RuntimeException malformed) {
      return Check.INVALID;
    }
    Instant now = clock.instant();
    if (now.isBefore(shown.plus(settings.minFillTime()))) {
      return Check.TOO_FAST;
    }
    if (now.isAfter(shown.plus(settings.maxFillTime()))) {
      return Check.EXPIRED;
    }
    return used.containsKey(stamp) ? Check.USED : Check.ACCEPTED;
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return ENCODE.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
