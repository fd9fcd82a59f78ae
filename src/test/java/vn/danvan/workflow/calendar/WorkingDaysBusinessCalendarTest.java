package vn.danvan.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.workflow.support.TimeTravel;

class WorkingDaysBusinessCalendarTest {

  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7); // spelt out so a wrong zone in the code shows

  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar("");
  private static final Date THURSDAY_BEFORE_TET = vietnamTime(2026, 2, 12, 9, 30);

  private final BusinessCalendar duration = new WorkingDaysBusinessCalendar(new DurationBusinessCalendar(), CALENDAR);
  private final BusinessCalendar dueDate = new WorkingDaysBusinessCalendar(new DueDateBusinessCalendar(), CALENDAR);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void workingDaysCountFromTheGivenStart() {
    assertThat(duration.resolveDuedate("P10WD", THURSDAY_BEFORE_TET)).isEqualTo(vietnamTime(2026, 3, 5, 9, 30));
    assertThat(duration.resolveDuedate("P0WD", THURSDAY_BEFORE_TET)).isEqualTo(THURSDAY_BEFORE_TET);
  }

  @Test
  void withoutStartWorkingDaysCountFromTheEngineClock() {
    ClockUtil.setCurrentTime(THURSDAY_BEFORE_TET);

    assertThat(dueDate.resolveDuedate("P1WD")).isEqualTo(vietnamTime(2026, 2, 13, 9, 30));
    assertThat(dueDate.resolveDuedate("P2WD", (org.camunda.bpm.engine.task.Task) null))
        .isEqualTo(vietnamTime(2026, 2, 23, 9, 30));
  }

  /** Deadlines set on any day that matters (support/TimeTravel): n working days later, same time, a working day. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.danvan.workflow.support.TimeTravel#days")
  void onAnyDayADeadlineInWorkingDaysEndsOnAWorkingDayAtTheSameTime(TimeTravel.Day day) {
    day.set();
    for (int workingDays : new int[] {1, 3, 7, 10, 20}) {
      Date due = dueDate.resolveDuedate("P" + workingDays + "WD");
      LocalDateTime local = LocalDateTime.ofInstant(due.toInstant(), VIETNAM);
      assertThat(local.toLocalTime()).isEqualTo(day.localTime().toLocalTime());
      assertThat(CALENDAR.isWorkingDay(local.toLocalDate())).as("%s working days", workingDays).isTrue();
      assertThat(CALENDAR.workingDaysBetween(day.date(), local.toLocalDate())).isEqualTo(workingDays);
      assertThat(duration.resolveDuedate("P" + workingDays + "WD")).isEqualTo(due);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT4H", "P2D", "P1W", "P1Y2M3DT4H"})
  void isoDurationsResolveAsCamundaDoes(String isoDuration) {
    assertThat(duration.resolveDuedate(isoDuration, THURSDAY_BEFORE_TET))
        .isEqualTo(new DurationBusinessCalendar().resolveDuedate(isoDuration, THURSDAY_BEFORE_TET));
    assertThat(dueDate.resolveDuedate(isoDuration, THURSDAY_BEFORE_TET))
        .isEqualTo(new DueDateBusinessCalendar().resolveDuedate(isoDuration, THURSDAY_BEFORE_TET));
  }

  @Test
  void isoDateWithAnOffsetResolvesAsCamundaDoesAndWithoutOneMeansVietnamTimeNotTheServers() {
    String withOffset = "2026-02-16T08:00:00+07:00";
    assertThat(dueDate.resolveDuedate(withOffset))
        .isEqualTo(new DueDateBusinessCalendar().resolveDuedate(withOffset));
    assertThat(dueDate.resolveDuedate("2026-02-16T08:00:00")).isEqualTo(vietnamTime(2026, 2, 16, 8, 0));
    assertThat(dueDate.resolveDuedate("2026-02-16T08:00")).isEqualTo(vietnamTime(2026, 2, 16, 8, 0));
    assertThat(dueDate.resolveDuedate("2026-02-16T01:00:00Z")).isEqualTo(vietnamTime(2026, 2, 16, 8, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-P2WD", "P2wd", "P2.5WD", "P1WDT2H"})
  void lookalikesAreNotWorkingDaysAndFailLikeAnyBadDuration(String text) {
    assertThatThrownBy(() -> duration.resolveDuedate(text, THURSDAY_BEFORE_TET))
        .isInstanceOf(ProcessEngineException.class);
  }

  private static Date vietnamTime(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atOffset(VIETNAM).toInstant());
  }
}
