package vn.danvan.workflow.directive;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.Notifications;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;

/** Tells a unit it must make its implementation plan, and by when; names the unit for its forms. */
@Component
class AssignPlanDelegate implements JavaDelegate {

  private final UnitRepository units;
  private final Notifications notifications;

  AssignPlanDelegate(UnitRepository units, Notifications notifications) {
    this.units = units;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unitId = (String) execution.getVariable(Vars.UNIT_ID);
    execution.setVariable(Vars.UNIT_NAME, units.findById(unitId).map(Unit::getName).orElse(unitId));
    notifications.send(null, unitId, NotificationKind.ASSIGNMENT, null, null,
        "Đơn vị được giao xây dựng kế hoạch thực hiện " + execution.getVariable(Vars.DIRECTIVE_TITLE)
            + "; hạn gửi " + VietnamTime.format((Date) execution.getVariable(Vars.PLAN_DUE_AT)) + ".");
  }
}
