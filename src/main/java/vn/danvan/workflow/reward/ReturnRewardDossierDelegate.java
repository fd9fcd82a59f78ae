package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.reward.RewardProcess.Decisions;
import vn.danvan.workflow.reward.RewardProcess.Vars;

/**
 * The council returns an incomplete dossier once, with everything missing in one list. A second return, or one
 * naming nothing missing, is refused: the council's completion rolls back and its task stays open.
 */
@Component
class ReturnRewardDossierDelegate implements JavaDelegate {

  private final RewardProposalRepository proposals;
  private final DecisionHistory history;

  ReturnRewardDossierDelegate(RewardProposalRepository proposals, DecisionHistory history) {
    this.proposals = proposals;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RewardProposal proposal = proposals.of(execution);
    FormValues.refuseSecondReturn(proposal.wasReturned());
    String missing = FormValues.requiredMissingText(execution);
    proposal.returned(missing);
    execution.setVariable(Vars.MISSING_TEXT, missing);
    history.record(execution, RewardProcess.REVIEW_TASK, Decisions.RETURN,
        missing);
  }
}
