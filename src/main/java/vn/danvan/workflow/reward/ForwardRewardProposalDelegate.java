package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.ModelVariables;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.Notifications;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.reward.RewardProcess.Decisions;
import vn.danvan.workflow.reward.RewardProcess.Vars;

/** Sends the dossier to the upper level's authority (e.g. Bằng khen of the province chair) and tells it so. */
@Component
class ForwardRewardProposalDelegate implements JavaDelegate {

  private final RewardProposalRepository proposals;
  private final Notifications notifications;
  private final DecisionHistory history;

  ForwardRewardProposalDelegate(RewardProposalRepository proposals, Notifications notifications,
      DecisionHistory history) {
    this.proposals = proposals;
    this.notifications = notifications;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.of(execution).sentUpward();
    String to = execution.getVariable(Vars.GRANTOR_TITLE) + " (" + execution.getVariable(Vars.GRANTOR_LEVEL) + ")";
    notifications.send(null, (String) execution.getVariable(Vars.GRANTOR_GROUP), NotificationKind.FORWARDED, null,
        BusinessKey.modelId(execution.getProcessBusinessKey()), "Hồ sơ đề nghị " + execution.getVariable(Vars.REWARD_FORM_NAME)
        + " cho \"" + execution.getVariable(ModelVariables.NAME) + "\" đã được trình " + to);
    history.record(execution, RewardProcess.FORWARD_TASK, Decisions.FORWARD, "Trình " + to);
  }
}
