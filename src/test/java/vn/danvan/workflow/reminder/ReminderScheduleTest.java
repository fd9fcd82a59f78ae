package vn.danvan.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * The policy as BPMN writes it, and the reminders it gives around Tết 2026 (days off 16-20/2, Mon-Fri); who an
 * escalation goes to.
 */
class ReminderScheduleTest {

  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar("");
  private static final ReminderPolicy DEFAULTS = ReminderSettings.defaults("lanh-dao").defaultPolicy();

  @Test
  void aTaskDueRightAfterTetIsRemindedBeforeTheHolidayAndEscalatedAfterIt() {
    // due Monday 23/2/2026 17:00; two working days before is Thursday 12/2 (13/2 is the Friday before Tết)
    ReminderSchedule schedule = schedule(DEFAULTS, vietnam(2026, 2, 23, 17, 0));

    assertThat(schedule.firstAfter(vietnamInstant(2026, 2, 10, 12, 0)))
        .hasValue(reminder(ReminderKind.BEFORE_DUE, LocalDate.of(2026, 2, 12), 2));
    assertThat(schedule.firstAfter(vietnamInstant(2026, 2, 12, 7, 30)))
        .hasValue(reminder(ReminderKind.ON_DUE, LocalDate.of(2026, 2, 23), 0));
    assertThat(schedule.firstAfter(vietnamInstant(2026, 2, 23, 7, 30)))
        .hasValue(reminder(ReminderKind.ESCALATION, LocalDate.of(2026, 2, 24), 1));
    assertThat(schedule.firstAfter(vietnamInstant(2026, 2, 24, 7, 30)))
        .hasValue(reminder(ReminderKind.ESCALATION, LocalDate.of(2026, 2, 26), 3));
    assertThat(schedule.firstAfter(vietnamInstant(2026, 2, 26, 7, 30)))
        .hasValue(reminder(ReminderKind.ESCALATION, LocalDate.of(2026, 3, 2), 5));
  }

  @Test
  void theReminderInForceIsTheLatestDueOne() {
    ReminderSchedule schedule = schedule(DEFAULTS, vietnam(2026, 2, 23, 17, 0));

    assertThat(schedule.latestUpTo(vietnamInstant(2026, 2, 12, 7, 29))).isEmpty();
    assertThat(schedule.latestUpTo(vietnamInstant(2026, 2, 18, 10, 0)))
        .hasValue(reminder(ReminderKind.BEFORE_DUE, LocalDate.of(2026, 2, 12), 2));
    assertThat(schedule.latestUpTo(vietnamInstant(2026, 2, 27, 10, 0)))
        .hasValue(reminder(ReminderKind.ESCALATION, LocalDate.of(2026, 2, 26), 3));
  }

  @Test
  void escalationOnceStopsAndNoEscalationTargetMeansNoEscalation() {
    ReminderPolicy once = DEFAULTS.with(Map.of("reminder.escalateEvery", "0"), "test");
    ReminderSchedule schedule = schedule(once, vietnam(2026, 3, 16, 9, 0));
    assertThat(schedule.firstAfter(vietnamInstant(2026, 3, 17, 7, 30))).isEmpty();
    assertThat(schedule.latestUpTo(vietnamInstant(2026, 4, 30, 7, 30)))
        .hasValue(reminder(ReminderKind.ESCALATION, LocalDate.of(2026, 3, 17), 1));

    ReminderPolicy noEscalation = DEFAULTS.with(Map.of("reminder.escalateTo", ""), "test");
    assertThat(schedule(noEscalation, vietnam(2026, 3, 16, 9, 0)).firstAfter(vietnamInstant(2026, 3, 16, 7, 30)))
        .isEmpty();
  }

  @Test
  void severalRemindersBeforeTheDueDateInOrder() {
    ReminderPolicy twice = DEFAULTS.with(Map.of("reminder.beforeDue", "1, 3", "reminder.onDue", "false"), "test");
    ReminderSchedule schedule = schedule(twice, vietnam(2026, 3, 16, 9, 0));
    assertThat(twice.beforeDue()).containsExactly(3, 1);
    assertThat(schedule.firstAfter(vietnamInstant(2026, 3, 1, 0, 0)))
        .hasValue(reminder(ReminderKind.BEFORE_DUE, LocalDate.of(2026, 3, 11), 3));
    assertThat(schedule.firstAfter(vietnamInstant(2026, 3, 11, 7, 30)))
        .hasValue(reminder(ReminderKind.BEFORE_DUE, LocalDate.of(2026, 3, 13), 1));
    assertThat(schedule.firstAfter(vietnamInstant(2026, 3, 13, 7, 30)).orElseThrow().kind())
        .isEqualTo(ReminderKind.ESCALATION);
  }

  @Test
  void processAndTaskPropertiesOverrideTheDefaultsInThatOrder() {
    ReminderPolicy process = DEFAULTS.with(Map.of("reminder.escalateEvery", "5", "camunda.other", "x"), "process");
    ReminderPolicy task = process.with(Map.of("reminder.escalateTo", "${supervisor}", "reminder.enabled", "true"),
        "task");
    assertThat(task).isEqualTo(new ReminderPolicy(true, List.of(2), true, 1, 5, "${supervisor}"));
  }

  @Test
  void anEscalationLimitWrittenAsAnExpressionIsFixedPerTaskAndMustBeWorkingDays() {
    ReminderPolicy process = DEFAULTS.with(Map.of("reminder.escalateAfter", " ${planEscalateAfter} "), "process");
    assertThat(process.escalateAfterExpression()).isEqualTo("${planEscalateAfter}");
    assertThat(process.with(Map.of("reminder.onDue", "false"), "task").escalateAfterExpression())
        .isEqualTo("${planEscalateAfter}");
    assertThat(process.with(Map.of("reminder.escalateAfter", "4"), "task"))
        .isEqualTo(new ReminderPolicy(true, List.of(2), true, 4, 2, "lanh-dao"));

    ReminderPolicy task = process.escalatingAfter(3L, "user task 'Task_SubmitPlan'");
    assertThat(task).isEqualTo(new ReminderPolicy(true, List.of(2), true, 3, 2, "lanh-dao"));
    assertThat(schedule(task, vietnam(2026, 3, 31, 23, 59)).firstAfter(vietnamInstant(2026, 3, 31, 7, 30)))
        .hasValue(reminder(ReminderKind.ESCALATION, LocalDate.of(2026, 4, 3), 3));
    assertThatThrownBy(() -> process.escalatingAfter(null, "user task 'Task_SubmitPlan'"))
        .hasMessageContaining("user task 'Task_SubmitPlan'").hasMessageContaining("${planEscalateAfter}");
    assertThatThrownBy(() -> process.escalatingAfter(0, "task")).hasMessageContaining("from 1");
  }

  @Test
  void anEscalationGoesToGroupsAndToUsersMarkedUser() {
    assertThat(Recipients.parse(" lanh-dao, user:member1 ,ban-dan-van,, user: "))
        .isEqualTo(new Recipients(List.of("member1"), List.of("lanh-dao", "ban-dan-van")));
    assertThat(Recipients.parse("").isEmpty()).isTrue();
  }

  @Test
  void aMistypedPolicyIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> DEFAULTS.with(Map.of("reminder.beforDue", "2"), "user task 'Task_A'"))
        .hasMessageContaining("user task 'Task_A'").hasMessageContaining("reminder.beforDue")
        .hasMessageContaining("reminder.beforeDue");
    assertThatThrownBy(() -> DEFAULTS.with(Map.of("reminder.escalateEvery", "hai"), "task"))
        .hasMessageContaining("reminder.escalateEvery must be a whole number");
    assertThatThrownBy(() -> DEFAULTS.with(Map.of("reminder.escalateAfter", "0"), "task"))
        .hasMessageContaining("from 1");
    assertThatThrownBy(() -> DEFAULTS.with(Map.of("reminder.onDue", "yes"), "task"))
        .hasMessageContaining("true or false");
  }

  private static ReminderSchedule schedule(ReminderPolicy policy, Date due) {
    return new ReminderSchedule(policy, due, CALENDAR, LocalTime.of(7, 30));
  }

  private static Reminder reminder(ReminderKind kind, LocalDate day, int workingDays) {
    return new Reminder(kind, day, day.atTime(7, 30).atOffset(ZoneOffset.ofHours(7)).toInstant(), workingDays);
  }

  private static Date vietnam(int year, int month, int day, int hour, int minute) {
    return Date.from(vietnamInstant(year, month, day, hour, minute));
  }

  private static Instant vietnamInstant(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atOffset(ZoneOffset.ofHours(7)).toInstant();
  }
}
