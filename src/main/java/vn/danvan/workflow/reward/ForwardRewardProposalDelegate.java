package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.registration.DecisionHistory;
import vn.danvan.workflow.reminder.Notification;
import vn.danvan.workflow.reminder.NotificationRepository;

/** Sends the dossier to the upper level's authority (e.g. Bằng khen of the province chair) and tells it so. */
@Component
class ForwardRewardProposalDelegate implements JavaDelegate {

  private final RewardProposalRepository proposals;
  private final NotificationRepository notifications;
  private final DecisionHistory history;

  ForwardRewardProposalDelegate(RewardProposalRepository proposals, NotificationRepository notifications,
      DecisionHistory history) {
    this.proposals = proposals;
    this.notifications = notifications;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    proposals.of(execution).sentUpward();
    String to = execution.getVariable("grantorTitle") + " (" + execution.getVariable("grantorLevel") + ")";
    notifications.save(new Notification(null, (String) execution.getVariable("grantorGroup"), "FORWARDED", null,
        BusinessKey.modelId(execution.getProcessBusinessKey()), "Hồ sơ đề nghị " + execution.getVariable("rewardFormName")
        + " cho \"" + execution.getVariable("name") + "\" đã được trình " + to,
        ClockUtil.getCurrentTime().toInstant()));
    history.record(execution, "Task_ForwardRewardProposal", "Trình cấp trên", "FORWARD", "Trình " + to);
  }
}
