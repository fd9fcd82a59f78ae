package vn.danvan.workflow.recognition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;

/**
 * The deciding body sends the list back to the steering committee, saying why (a return without its reason is
 * refused).
 */
@Component
class ReturnRecognitionProposalDelegate implements JavaDelegate {

  private final RecognitionRoundRepository rounds;
  private final ProposalAnswers answers;

  ReturnRecognitionProposalDelegate(RecognitionRoundRepository rounds, ProposalAnswers answers) {
    this.rounds = rounds;
    this.answers = answers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecognitionRound round = rounds.of(execution.getVariable("roundId"));
    String reason = FormValues.requiredReason(execution, "returnReason");
    round.returned(reason);
    answers.record(execution, round, "RETURN", reason);
    execution.removeVariable("decision");
  }
}
