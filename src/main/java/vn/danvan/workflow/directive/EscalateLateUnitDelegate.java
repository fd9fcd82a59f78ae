package vn.danvan.workflow.directive;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.Notifications;

/**
 * Still late after the grace period: the member in charge of the unit (Ủy viên phụ trách) is told, so they
 * urge it; with nobody in charge on record, the coordinating board is.
 *
 * <p>Legacy: only process versions deployed before the reminder policy covered this task still draw the timer
 * that calls this bean; their running instances keep it working. Remove it once Cockpit shows no running
 * instance of those versions (or they were migrated to the current version).
 */
@Deprecated(forRemoval = true)
@Component
class EscalateLateUnitDelegate implements JavaDelegate {

  private final MembersInCharge membersInCharge;
  private final Notifications notifications;

  EscalateLateUnitDelegate(MembersInCharge membersInCharge, Notifications notifications) {
    this.membersInCharge = membersInCharge;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Task task = LateTask.of(execution);
    if (task == null) {
      return;
    }
    String unitId = (String) execution.getVariable(Vars.UNIT_ID);
    Optional<MemberInCharge> member = membersInCharge.of(unitId);
    String message = execution.getVariable(Vars.UNIT_NAME) + " chưa gửi " + execution.getVariable(Vars.LATE_ITEM)
        + " thực hiện " + execution.getVariable(Vars.DIRECTIVE_TITLE) + " (hạn "
        + VietnamTime.format((Date) execution.getVariable(Vars.DUE_AT)) + "). Đề nghị đồng chí "
        + member.map(MemberInCharge::getFullName).orElse("phụ trách") + " đôn đốc, nhắc nhở đơn vị.";
    notifications.send(member.map(MemberInCharge::getUserId).orElse(null),
        member.isPresent() ? null : (String) execution.getVariable(Vars.BOARD_GROUP), NotificationKind.ESCALATION,
        task.getId(), null, message);
  }
}
