package vn.danvan.workflow.recognition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.organisation.Authority;

/**
 * Recognition rounds as the process leaves them, written through the repositories for tests that need the
 * outcome and not the walk (the process itself is ModelRecognitionProcessTest's): each step is the entities' own.
 */
public final class DecidedRounds {

  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;
  private final ModelRepository models;

  public DecidedRounds(RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates,
      ModelRepository models) {
    this.rounds = rounds;
    this.candidates = candidates;
    this.models = models;
  }

  /**
   * A round proposed with its minutes and note, then decided by the body's paper: the recognised models are
   * recognised (the outstanding ones also selected as outstanding), the others proposed and not recognised.
   */
  public RecognitionRound decided(Authority body, int year, String minutesNumber, String note, SignedDecision paper,
      String recordedBy, List<MobilizationModel> recognised, List<MobilizationModel> outstanding,
      List<MobilizationModel> notRecognised) {
    RecognitionRound round = rounds.save(new RecognitionRound(year, body));
    round.proposed(minutesNumber, paper.date().minusDays(5), note);
    round.decided(paper, recordedBy, ClockUtil.getCurrentTime().toInstant());
    rounds.save(round);
    for (MobilizationModel model : recognised) {
      RecognitionCandidate candidate = proposed(round, model);
      candidate.decided(true);
      if (outstanding.contains(model)) {
        candidate.markOutstanding();
      }
      candidates.save(candidate);
      MobilizationModel stored = models.findById(model.getId()).orElseThrow(); // the detached copy's version is old
      stored.markRecognised();
      models.save(stored);
    }
    for (MobilizationModel model : notRecognised) {
      RecognitionCandidate candidate = proposed(round, model);
      candidate.decided(false);
      candidates.save(candidate);
    }
    return round;
  }

  /** A round whose list was proposed and is still awaiting the body's decision. */
  public RecognitionRound awaitingDecision(Authority body, int year, LocalDate minutesDate,
      List<MobilizationModel> proposed) {
    RecognitionRound round = rounds.save(new RecognitionRound(year, body));
    round.proposed("01/BB", minutesDate, null);
    rounds.save(round);
    proposed.forEach(model -> candidates.save(proposed(round, model)));
    return round;
  }

  private static RecognitionCandidate proposed(RecognitionRound round, MobilizationModel model) {
    RecognitionCandidate candidate = new RecognitionCandidate(round.getId(), model.getId(), new BigDecimal("91"),
        "Xuất sắc");
    candidate.proposed(true);
    return candidate;
  }
}
