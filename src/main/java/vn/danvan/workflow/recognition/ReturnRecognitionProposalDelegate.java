package vn.danvan.workflow.recognition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.recognition.RecognitionProcess.Decisions;
import vn.danvan.workflow.recognition.RecognitionProcess.Vars;

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
    RecognitionRound round = rounds.of(execution.getVariable(Vars.ROUND_ID));
    String reason = FormValues.requiredReason(execution, Vars.RETURN_REASON);
    round.returned(reason);
    answers.record(execution, round, Decisions.RETURN, reason);
    execution.removeVariable(FormDescription.DECISION);
  }
}
