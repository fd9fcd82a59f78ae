package vn.danvan.workflow.recognition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.recognition.RecognitionProcess.Decisions;
import vn.danvan.workflow.recognition.RecognitionProcess.Vars;

/** The deciding body recognises none of the list this year, with its reason (required). */
@Component
class RejectRecognitionProposalDelegate implements JavaDelegate {

  private final RecognitionRoundRepository rounds;
  private final ProposalAnswers answers;

  RejectRecognitionProposalDelegate(RecognitionRoundRepository rounds, ProposalAnswers answers) {
    this.rounds = rounds;
    this.answers = answers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecognitionRound round = rounds.of(execution.getVariable(Vars.ROUND_ID));
    String reason = FormValues.requiredReason(execution, Vars.REJECTION_REASON);
    round.rejected(reason, Actors.current(execution), ClockUtil.getCurrentTime().toInstant());
    answers.record(execution, round, Decisions.REJECT, reason).forEach(candidate -> candidate.decided(false));
  }
}
