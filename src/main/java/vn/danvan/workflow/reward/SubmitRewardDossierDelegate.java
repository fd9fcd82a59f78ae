package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.reward.RewardProcess.Decisions;
import vn.danvan.workflow.reward.RewardProcess.Vars;

/** The unit sends its dossier (proposal letter, achievement report, minutes) to the council. */
@Component
class SubmitRewardDossierDelegate implements JavaDelegate {

  private final RewardProposalRepository proposals;
  private final DecisionHistory history;

  SubmitRewardDossierDelegate(RewardProposalRepository proposals, DecisionHistory history) {
    this.proposals = proposals;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String letter = FormValues.text(execution.getVariable(Vars.LETTER_NUMBER));
    proposals.of(execution).submitted(letter, FormValues.text(execution.getVariable(Vars.ACHIEVEMENTS)));
    execution.removeVariable(FormDescription.DECISION);
    history.record(execution, RewardProcess.PREPARE_TASK, Decisions.SUBMIT,
        "Tờ trình số " + letter);
  }
}
