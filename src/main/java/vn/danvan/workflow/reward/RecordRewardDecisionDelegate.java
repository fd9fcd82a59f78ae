package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.reward.RewardProcess.Decisions;
import vn.danvan.workflow.reward.RewardProcess.Vars;

/** The reward decision (number, date, signer) is recorded and the model is rewarded. */
@Component
class RecordRewardDecisionDelegate implements JavaDelegate {

  private final RewardProposalRepository proposals;
  private final ModelRepository models;
  private final DecisionHistory history;

  RecordRewardDecisionDelegate(RewardProposalRepository proposals, ModelRepository models, DecisionHistory history) {
    this.proposals = proposals;
    this.models = models;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SignedDecision decision = SignedDecision.of(execution, "khen thưởng");
    proposals.of(execution).granted(decision, Actors.current(execution), ClockUtil.getCurrentTime().toInstant());
    models.byBusinessKey(execution.getProcessBusinessKey()).markRewarded();
    history.record(execution, RewardProcess.DECIDE_TASK, Decisions.REWARD,
        execution.getVariable(Vars.REWARD_FORM_NAME) + " – " + decision.summary());
  }
}
