package vn.danvan.workflow.reminder;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code danvan.reminders.*}: the default policy of every user task that has a due date (a task or its process
 * overrides it with {@code reminder.*} extension properties, see {@link ReminderPolicy}), when reminders go out,
 * how a failed e-mail is retried, and what the e-mails say about where to act.
 *
 * @param sendAt time of day (Vietnam) at which reminders of a day go out
 * @param retryCycle Camunda retry intervals of a reminder whose e-mail failed; when they run out the job gets
 *     an incident in Cockpit
 * @param mailFrom sender address of reminder e-mails
 * @param tasklistUrl link to the task in the e-mails; {taskId} is replaced
 */
@ConfigurationProperties("danvan.reminders")
public record ReminderSettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("2") List<Integer> beforeDue,
    @DefaultValue("true") boolean onDue,
    @DefaultValue("1") int escalateAfter,
    @DefaultValue("2") int escalateEvery,
    @DefaultValue("") String escalateTo,
    @DefaultValue("07:30") LocalTime sendAt,
    @DefaultValue("PT1M,PT5M,PT15M,PT1H,PT4H") String retryCycle,
    @DefaultValue("nhac-viec@danvan.local") String mailFrom,
    @DefaultValue("http://localhost:8080/camunda/app/tasklist/default/#/?task={taskId}") String tasklistUrl) {

  public ReminderPolicy defaultPolicy() {
    return new ReminderPolicy(enabled, beforeDue, onDue, escalateAfter, escalateEvery, escalateTo);
  }

  /** The settings as they are without any configuration, escalating to {@code escalateTo}; for tests. */
  public static ReminderSettings defaults(String escalateTo) {
    return new ReminderSettings(true, List.of(2), true, 1, 2, escalateTo, LocalTime.of(7, 30),
        "PT1M,PT5M,PT15M,PT1H,PT4H", "nhac-viec@danvan.local",
        "http://localhost:8080/camunda/app/tasklist/default/#/?task={taskId}");
  }

  public ReminderSettings withRetryCycle(String cycle) {
    return new ReminderSettings(enabled, beforeDue, onDue, escalateAfter, escalateEvery, escalateTo, sendAt,
        cycle, mailFrom, tasklistUrl);
  }
}
