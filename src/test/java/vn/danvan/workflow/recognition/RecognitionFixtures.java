package vn.danvan.workflow.recognition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.organisation.Authority;

/** A recognition round decided as the process records it, for suites outside this package (documents). */
public final class RecognitionFixtures {

  private RecognitionFixtures() {
  }

  /** A round of that authority, proposed with its minutes and decided: the given models recognised, the rest not. */
  public static RecognitionRound decided(RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates,
      Authority authority, int year, List<Long> recognised, List<Long> notRecognised, SignedDecision decision,
      Instant at) {
    RecognitionRound round = new RecognitionRound(year, authority);
    round.proposed("03/BB-BCĐ", decision.date().minusDays(10), null);
    round.decided(decision, "standing", at);
    RecognitionRound saved = rounds.save(round);
    for (Long id : recognised) {
      candidates.save(candidate(saved, id, true));
    }
    for (Long id : notRecognised) {
      candidates.save(candidate(saved, id, false));
    }
    return saved;
  }

  private static RecognitionCandidate candidate(RecognitionRound round, Long modelId, boolean recognised) {
    RecognitionCandidate candidate = new RecognitionCandidate(round.getId(), modelId, new BigDecimal("92.5"),
        "Xuất sắc");
    candidate.proposed(true);
    candidate.decided(recognised);
    if (recognised) {
      candidate.markOutstanding();
    }
    return candidate;
  }

  public static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
