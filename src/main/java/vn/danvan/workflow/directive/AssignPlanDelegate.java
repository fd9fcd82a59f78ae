package vn.danvan.workflow.directive;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.reminder.Notification;
import vn.danvan.workflow.reminder.NotificationRepository;

/** Tells a unit it must make its implementation plan, and by when; names the unit for its forms. */
@Component
class AssignPlanDelegate implements JavaDelegate {

  private final UnitRepository units;
  private final NotificationRepository notifications;

  AssignPlanDelegate(UnitRepository units, NotificationRepository notifications) {
    this.units = units;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unitId = (String) execution.getVariable("unitId");
    execution.setVariable("unitName", units.findById(unitId).map(Unit::getName).orElse(unitId));
    notifications.save(new Notification(null, unitId, "ASSIGNMENT", null, null,
        Messages.fit("Đơn vị được giao xây dựng kế hoạch thực hiện " + execution.getVariable("directiveTitle")
            + "; hạn gửi " + Dates.format((Date) execution.getVariable("planDueAt")) + "."),
        ClockUtil.getCurrentTime().toInstant()));
  }
}
