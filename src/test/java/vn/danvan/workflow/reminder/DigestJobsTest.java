package vn.danvan.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

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
