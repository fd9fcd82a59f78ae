package vn.danvan.workflow.reminder;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * Reminders a person asks for, such as the Ban Dân vận's "Nhắc" on the directive board: whoever holds the task
 * is told in-app and, where the task's reminder policy reminds at all and mail is configured, by e-mail, with the
 * wording and bookkeeping of the scheduled reminders (reminder_log, kind REQUESTED: once per task and day). Runs
 * in the caller's transaction, so what the caller records about it commits with it or not at all.
 */
public final class RequestedReminders {

  private final ReminderDelivery delivery;
  private final WorkingDayCalendar calendar;
  private volatile CommandExecutor engine;

  RequestedReminders(ReminderDelivery delivery, WorkingDayCalendar calendar) {
    this.delivery = delivery;
    this.calendar = calendar;
  }

  void useEngine(CommandExecutor engine) {
    this.engine = engine;
  }

  /**
   * Reminds the holders of an open task now.
   *
   * @param requester who asks, as the letter names them ("Trần Thị Thẩm định")
   * @return false if the task is no longer open, nobody holds it, or it was reminded on request today already
   */
  public boolean remind(String taskId, String requester) {
    if (engine == null) {
      throw new IllegalStateException("the process engine is not built yet");
    }
    return engine.execute(commandContext -> {
      TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
      if (task == null || task.isSuspended()) {
        return false;
      }
      Instant now = ClockUtil.getCurrentTime().toInstant();
      LocalDate today = now.atZone(VietnamTime.ZONE).toLocalDate();
      int late = task.getDueDate() == null ? 0
          : Math.max(0, calendar.workingDaysBetween(task.getDueDate().toInstant().atZone(VietnamTime.ZONE)
              .toLocalDate(), today));
      return delivery.deliverRequested(task, new Reminder(ReminderKind.REQUESTED, today, now, late), requester);
    });
  }
}
