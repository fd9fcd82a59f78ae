package vn.danvan.workflow.directive;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.Notifications;

/**
 * A unit's plan or report is past its due date: the unit (its group, or whoever holds the task) is reminded.
 * Inputs: lateItem (what is late, in words), lateTask (its task's id in the diagram), dueAt.
 *
 * <p>Legacy: only process versions deployed before the reminder policy covered this task still draw the timer
 * that calls this bean; their running instances keep it working. Remove it once Cockpit shows no running
 * instance of those versions (or they were migrated to the current version).
 */
@Deprecated(forRemoval = true)
@Component
class RemindLateUnitDelegate implements JavaDelegate {

  private final Notifications notifications;

  RemindLateUnitDelegate(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Task task = LateTask.of(execution);
    if (task == null) {
      return; // sent in the same instant
    }
    String unitId = (String) execution.getVariable(Vars.UNIT_ID);
    String message = "Quá hạn gửi " + execution.getVariable(Vars.LATE_ITEM) + " thực hiện "
        + execution.getVariable(Vars.DIRECTIVE_TITLE) + " (hạn " + VietnamTime.format((Date) execution.getVariable(Vars.DUE_AT))
        + "). Đề nghị " + execution.getVariable(Vars.UNIT_NAME) + " khẩn trương hoàn thành, gửi Ban Dân vận.";
    notifications.send(task.getAssignee(), task.getAssignee() == null ? unitId : null, NotificationKind.REMINDER,
        task.getId(), null, message);
  }
}
