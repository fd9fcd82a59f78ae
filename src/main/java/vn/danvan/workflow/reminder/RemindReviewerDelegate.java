package vn.danvan.workflow.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.Notifications;
import vn.danvan.workflow.process.BusinessKey;

/**
 * Fired by a non-interrupting timer on a review task before its due date: an in-app notification to whoever
 * holds the task (its assignee, else its candidate group).
 *
 * <p>Legacy: only process versions deployed before the reminder policy covered this task still draw the timer
 * that calls this bean; their running instances keep it working. Remove it once Cockpit shows no running
 * instance of those versions (or they were migrated to the current version).
 */
@Deprecated(forRemoval = true)
@Component
public class RemindReviewerDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(RemindReviewerDelegate.class);
  private final Notifications notifications;

  public RemindReviewerDelegate(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .active()
        .list().stream().findFirst().orElse(null);
    if (task == null) {
      return; // the task was completed in the same instant: nothing left to remind
    }
    String group = task.getAssignee() == null ? (String) execution.getVariable("reviewerGroup") : null;
    String message = "Sắp đến hạn xử lý: \"" + task.getName() + "\" – " + execution.getVariable("name")
        + (task.getDueDate() == null ? "" : " (hạn " + VietnamTime.format(task.getDueDate()) + ")");
    notifications.send(task.getAssignee(), group, NotificationKind.REMINDER, task.getId(),
        BusinessKey.modelId(execution.getProcessBusinessKey()), message);
    log.info("Reminder for task {} sent to {}", task.getId(), task.getAssignee() != null ? task.getAssignee() : group);
  }
}
