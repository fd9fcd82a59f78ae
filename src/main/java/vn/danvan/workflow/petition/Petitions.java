package vn.danvan.workflow.petition;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.web.ApiException;

/** STUB (replaced at merge by branch h-petition): an in-memory fake of the petitions' API. */
@Component
public class Petitions {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, PetitionStatus> byCode = new ConcurrentHashMap<>();

  Petitions(Clock clock) {
    this.clock = clock;
  }

  /** Stores the petition, starts its process; throws web.ApiException (4xx) on bad input. */
  @Transactional
  public Petition receive(PetitionReceipt receipt) {
    if (receipt.kind() == null || receipt.channel() == null || blank(receipt.unitId()) || blank(receipt.subject())
        || blank(receipt.content())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "validation");
    }
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    LocalDate today = LocalDate.now(clock);
    byCode.put(code.toString(), new PetitionStatus(code.toString(), receipt.kind(), today, "Đã tiếp nhận",
        today.plusDays(10), false));
    return new Petition(ids.incrementAndGet(), code.toString());
  }

  public Optional<PetitionStatus> publicStatus(String trackingCode) {
    return trackingCode == null ? Optional.empty() : Optional.ofNullable(byCode.get(trackingCode));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
