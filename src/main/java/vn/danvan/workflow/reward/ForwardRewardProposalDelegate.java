package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.Notifications;
import vn.danvan.workflow.process.BusinessKey;

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
    String to = execution.getVariable("grantorTitle") + " (" + execution.getVariable("grantorLevel") + ")";
    notifications.send(null, (String) execution.getVariable("grantorGroup"), NotificationKind.FORWARDED, null,
        BusinessKey.modelId(execution.getProcessBusinessKey()), "Hồ sơ đề nghị " + execution.getVariable("rewardFormName")
        + " cho \"" + execution.getVariable("name") + "\" đã được trình " + to);
    history.record(execution, "Task_ForwardRewardProposal", "Trình cấp trên", "FORWARD", "Trình " + to);
  }
}
