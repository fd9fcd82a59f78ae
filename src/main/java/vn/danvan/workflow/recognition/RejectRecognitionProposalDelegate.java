package vn.danvan.workflow.recognition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.registration.DecisionHistory;

/** The deciding body recognises none of the list this year, with its reason. */
@Component
class RejectRecognitionProposalDelegate implements JavaDelegate {

  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;
  private final DecisionHistory history;

  RejectRecognitionProposalDelegate(RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates,
      DecisionHistory history) {
    this.rounds = rounds;
    this.candidates = candidates;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecognitionRound round = rounds.of(execution.getVariable("roundId"));
    String reason = FormValues.text(execution.getVariable("rejectionReason"));
    round.rejected(reason, Actors.current(execution), ClockUtil.getCurrentTime().toInstant());
    candidates.findByRoundIdOrderByModelIdAsc(round.getId()).stream()
        .filter(candidate -> candidate.getStatus() == CandidateStatus.PROPOSED)
        .forEach(candidate -> {
          candidate.decided(false);
          history.record(execution, candidate.getModelId(), RecognitionProcess.DECIDE_TASK,
              "Xét công nhận " + round.getLevelName(), "REJECT", reason);
        });
  }
}
