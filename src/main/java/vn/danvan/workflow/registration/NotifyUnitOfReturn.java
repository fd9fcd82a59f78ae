package vn.danvan.workflow.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.ModelVariables;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.Notifications;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.registration.RegistrationProcess.Vars;

/**
 * Tells the unit that its file came back (the revision task's create listener): an in-app notification to
 * everyone in the unit, with the whole list of what is missing and a link to the revision task.
 */
@Component("notifyUnitOfReturn")
class NotifyUnitOfReturn implements TaskListener {

  private final Notifications notifications;

  NotifyUnitOfReturn(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    String missing = String.valueOf(task.getVariable(Vars.MISSING_TEXT)).replaceAll("\\s*\\R+\\s*", "; ");
    notifications.send(null, (String) task.getVariable(ModelVariables.UNIT_ID), NotificationKind.RETURNED,
        task.getId(), BusinessKey.modelId(task.getExecution().getProcessBusinessKey()),
        "Hồ sơ “" + task.getVariable(ModelVariables.NAME) + "” được trả lại để bổ sung: " + missing);
  }
}
