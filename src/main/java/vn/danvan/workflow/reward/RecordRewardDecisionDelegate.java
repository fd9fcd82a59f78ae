package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.Notifications;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.reward.RewardProcess.Decisions;
import vn.danvan.workflow.reward.RewardProcess.Vars;

/**
 * The reward decision (number, date, signer) is recorded, the model is rewarded and its unit is told in the app;
 * {@link RewardGranted} has the letter to the unit written as a job in this same transaction.
 */
@Component
class RecordRewardDecisionDelegate implements JavaDelegate {

  private final RewardProposalRepository proposals;
  private final ModelRepository models;
  private final DecisionHistory history;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  RecordRewardDecisionDelegate(RewardProposalRepository proposals, ModelRepository models, DecisionHistory history,
      Notifications notifications, ApplicationEventPublisher events) {
    this.proposals = proposals;
    this.models = models;
    this.history = history;
    this.notifications = notifications;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SignedDecision decision = SignedDecision.of(execution, "khen thưởng");
    RewardProposal proposal = proposals.of(execution);
    proposal.granted(decision, Actors.current(execution), ClockUtil.getCurrentTime().toInstant());
    MobilizationModel model = models.byBusinessKey(execution.getProcessBusinessKey());
    model.markRewarded();
    String granted = execution.getVariable(Vars.REWARD_FORM_NAME) + " – " + decision.summary();
    history.record(execution, RewardProcess.DECIDE_TASK, Decisions.REWARD, granted);
    notifications.send(null, model.getUnitId(), NotificationKind.REWARDED, null, model.getId(),
        model.getKind().label() + " \"" + model.getName() + "\" được tặng " + granted);
    events.publishEvent(new RewardGranted(proposal.getId(), model.getId()));
  }
}
