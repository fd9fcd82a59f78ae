package vn.danvan.workflow.recognition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.registration.DecisionHistory;

/** The deciding body sends the list back to the steering committee, saying why. */
@Component
class ReturnRecognitionProposalDelegate implements JavaDelegate {

  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;
  private final DecisionHistory history;

  ReturnRecognitionProposalDelegate(RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates,
      DecisionHistory history) {
    this.rounds = rounds;
    this.candidates = candidates;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecognitionRound round = rounds.of(execution.getVariable("roundId"));
    String reason = FormValues.text(execution.getVariable("returnReason"));
    round.returned(reason);
    candidates.findByRoundIdOrderByModelIdAsc(round.getId()).stream()
        .filter(candidate -> candidate.getStatus() == CandidateStatus.PROPOSED)
        .forEach(candidate -> history.record(execution, candidate.getModelId(), RecognitionProcess.DECIDE_TASK,
            "Xét công nhận " + round.getLevelName(), "RETURN", reason));
    execution.removeVariable("decision");
  }
}
