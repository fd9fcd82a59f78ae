package vn.danvan.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.support.TimeTravel;

/**
 * The daily digest's timer as each node's start-up leaves it: one per day (its id is the day), moved when the send
 * time changes, gone when the digest is switched off, and the same whichever node checks it.
 */
class DigestJobsTest {

  private static final Instant THURSDAY_NOON = LocalDateTime.of(2026, 3, 12, 12, 0).toInstant(ZoneOffset.ofHours(7));
  private static ReminderTestEngine test;

  @BeforeAll
  static void start() {
    test = new ReminderTestEngine("digest-jobs-test", 25, ReminderSettings.defaults("lanh-dao-ban-dan-van-huyen"));
  }

  @AfterEach
  void noTimerLeft() {
    test.update("delete from act_ru_job where handler_type_ = '" + DigestJobs.DAY_TYPE + "'");
  }

  @AfterAll
  static void stop() {
    test.close();
  }

  @Test
  void eachStartLeavesOneTimerForTheNextWorkingDayAtTheSendTimeAndNoneWhenSwitchedOff() {
    ensure(LocalTime.of(7, 30), true);
    ensure(LocalTime.of(7, 30), true); // a second node starting
    assertThat(timers()).singleElement().satisfies(timer -> {
      assertThat(timer.getId()).isEqualTo("danvan-digest-2026-03-13");
      assertThat(timer.getDuedate()).isEqualTo(vietnam(2026, 3, 13, 7, 30));
    });

    ensure(LocalTime.of(7, 0), true); // send-at changed
    assertThat(timers()).singleElement()
        .satisfies(timer -> assertThat(timer.getDuedate()).isEqualTo(vietnam(2026, 3, 13, 7, 0)));

    ensure(LocalTime.of(7, 0), false);
    assertThat(timers()).isEmpty();
  }

  /**
   * Started on any day that matters (support/TimeTravel), the digest waits for the next working morning at 07:30
   * in Việt Nam: never a weekend, 1/1, 30/4 or Tết; and when that timer fires the next one is the working morning
   * after.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.danvan.workflow.support.TimeTravel#days")
  void onAnyDayTheNextDigestIsOnTheNextWorkingMorning(TimeTravel.Day day) {
    WorkingDayCalendar calendar = new WorkingDayCalendar("");
    DigestSchedule schedule = new DigestSchedule(calendar, LocalTime.of(7, 30));
    DigestJobs jobs = new DigestJobs(schedule, true);
    LocalDate expected = day.date();
    while (!calendar.isWorkingDay(expected) || !expected.atTime(7, 30).atZone(ZoneOffset.ofHours(7))
        .isAfter(day.zoned())) {
      expected = expected.plusDays(1);
    }
    assertThat(calendar.workingDaysBetween(day.date(), expected)).isLessThanOrEqualTo(1);

    execute(() -> jobs.ensure(day.instant()));
    LocalDate first = expected;
    assertThat(timers()).singleElement().satisfies(timer -> {
      assertThat(timer.getId()).isEqualTo("danvan-digest-" + first);
      assertThat(timer.getDuedate()).isEqualTo(vietnam(first.getYear(), first.getMonthValue(),
          first.getDayOfMonth(), 7, 30));
    });
    assertThat(schedule.dayDueAt(day.instant())).isEqualTo(calendar.isWorkingDay(day.date())
        && !day.localTime().toLocalTime().isBefore(LocalTime.of(7, 30)) ? Optional.of(day.date()) : Optional.empty());

    // its morning come, that day is due and the next timer is the working morning after
    Instant morning = schedule.sendTime(first);
    assertThat(schedule.dayDueAt(morning)).contains(first);
    LocalDate second = calendar.plusWorkingDays(first, 1);
    assertThat(schedule.nextAfter(morning)).isEqualTo(schedule.sendTime(second));
    execute(() -> jobs.ensure(morning.plusSeconds(1)));
    assertThat(timers()).extracting(Job::getId).contains("danvan-digest-" + second);
  }

  private static void execute(Runnable work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) test.engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      work.run();
      return null;
    });
  }

  private static void ensure(LocalTime sendAt, boolean enabled) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) test.engine.getProcessEngineConfiguration();
    DigestJobs jobs = new DigestJobs(new DigestSchedule(new WorkingDayCalendar(""), sendAt), enabled);
    configuration.getCommandExecutorTxRequired().execute(commandContext -> {
      jobs.ensure(THURSDAY_NOON);
      return null;
    });
  }

  private static List<Job> timers() {
    return test.rows("select id_ from act_ru_job where handler_type_ = '" + DigestJobs.DAY_TYPE + "'").stream()
        .map(row -> test.engine.getManagementService().createJobQuery().jobId((String) row.get("id_")).singleResult())
        .toList();
  }

  private static Date vietnam(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.ofHours(7)));
  }
}
