package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.reward.RewardProcess.Decisions;
import vn.danvan.workflow.reward.RewardProcess.Vars;

/** The authority (or the upper level) did not grant the reward; the reason is kept (and required). */
@Component
class RecordRewardRefusalDelegate implements JavaDelegate {

  private final RewardProposalRepository proposals;
  private final DecisionHistory history;

  RecordRewardRefusalDelegate(RewardProposalRepository proposals, DecisionHistory history) {
    this.proposals = proposals;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = FormValues.requiredReason(execution, Vars.REWARD_REFUSAL_REASON);
    proposals.of(execution).notGranted(reason, Actors.current(execution), ClockUtil.getCurrentTime().toInstant());
    history.record(execution, RewardProcess.DECIDE_TASK, Decisions.NOT_GRANTED, reason);
  }
}
