package vn.danvan.workflow.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code danvan.reminders.*}: the default policy of every user task that has a due date (a task or its process
 * overrides it with {@code reminder.*} extension properties, see {@link ReminderPolicy}), when reminders go out,
 * how a failed e-mail is retried, what the e-mails say about where to act, and the daily digest.
 *
 * @param sendAt time of day (Vietnam) at which reminders of a day go out
 * @param retryCycle Camunda retry intervals of a reminder or digest whose e-mail failed; when they run out the
 *     job gets an incident
 * @param mailFrom sender address of reminder e-mails
 * @param tasklistUrl link to the task in the e-mails; {taskId} is replaced
 * @param recipientCache how long names, addresses and group members looked up for reminders are reused
 * @param digest the morning e-mail listing each user's tasks due soon and overdue
 */
@ConfigurationProperties("danvan.reminders")
public record ReminderSettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("2") List<Integer> beforeDue,
    @DefaultValue("true") boolean onDue,
    @DefaultValue("1") int escalateAfter,
    @DefaultValue("2") int escalateEvery,
    @DefaultValue("lanh-dao-ban-dan-van-huyen") String escalateTo,
    @DefaultValue("07:30") LocalTime sendAt,
    @DefaultValue("PT1M,PT5M,PT15M,PT1H,PT4H") String retryCycle,
    @DefaultValue("nhac-viec@danvan.local") String mailFrom,
    @DefaultValue("http://localhost:8080/camunda/app/tasklist/default/#/?task={taskId}") String tasklistUrl,
    @DefaultValue("PT1M") Duration recipientCache,
    @DefaultValue Digest digest) {

  /**
   * {@code danvan.reminders.digest.*}: one e-mail per user each working-day morning listing the tasks assigned
   * to them or open to their groups that are overdue, due today or due within {@code soonDays} working days.
   *
   * @param sendAt time of day (Vietnam) it goes out; empty means the reminders' {@code send-at}
   * @param soonDays working days after today whose due tasks count as "due soon"
   * @param tasklistUrl the task list, for the letter's closing line
   */
  public record Digest(
      @DefaultValue("true") boolean enabled,
      LocalTime sendAt,
      @DefaultValue("2") int soonDays,
      @DefaultValue("http://localhost:8080/camunda/app/tasklist/default/") String tasklistUrl) {

    public Digest {
      if (soonDays < 0) {
        throw new IllegalArgumentException("danvan.reminders.digest.soon-days must not be negative: " + soonDays);
      }
    }
  }

  public ReminderPolicy defaultPolicy() {
    return new ReminderPolicy(enabled, beforeDue, onDue, escalateAfter, escalateEvery, escalateTo);
  }

  /** When the digest goes out: its own {@code send-at}, else the reminders'. */
  LocalTime digestSendAt() {
    return digest.sendAt() == null ? sendAt : digest.sendAt();
  }

  /** The settings as they are without any configuration, escalating to {@code escalateTo}; for tests. */
  public static ReminderSettings defaults(String escalateTo) {
    return new ReminderSettings(true, List.of(2), true, 1, 2, escalateTo, LocalTime.of(7, 30),
        "PT1M,PT5M,PT15M,PT1H,PT4H", "nhac-viec@danvan.local",
        "http://localhost:8080/camunda/app/tasklist/default/#/?task={taskId}", Duration.ofMinutes(1),
        new Digest(true, null, 2, "http://localhost:8080/camunda/app/tasklist/default/"));
  }

  public ReminderSettings withRetryCycle(String cycle) {
    return new ReminderSettings(enabled, beforeDue, onDue, escalateAfter, escalateEvery, escalateTo, sendAt,
        cycle, mailFrom, tasklistUrl, recipientCache, digest);
  }
}
