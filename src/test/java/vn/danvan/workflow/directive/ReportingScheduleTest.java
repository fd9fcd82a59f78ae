package vn.danvan.workflow.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.danvan.workflow.calendar.TimeLimit;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.directive.ReportingSchedule.Round;

class ReportingScheduleTest {

  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar("");

  private final ReportingSchedule schedule = new ReportingSchedule(2026, 2027, 20, TimeLimit.parse("P3WD"),
      TimeLimit.parse("P7WD"), CALENDAR);

  @Test
  void eachYearHasThreeQuartersAndTheAnnualReportWhichStandsForTheFourth() {
    assertThat(schedule.rounds()).extracting(r -> r.period().code()).containsExactly(
        "2026-Q1", "2026-Q2", "2026-Q3", "2026", "2027-Q1", "2027-Q2", "2027-Q3", "2027");
  }

  @Test
  void aRoundOpensOnTheFirstOfThePeriodsLastMonthAndEscalatesAndConsolidatesInWorkingDays() {
    Round q1 = schedule.rounds().get(0);
    assertThat(q1.opensOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(q1.dueOn()).isEqualTo(LocalDate.of(2026, 3, 20)); // a Friday
    assertThat(q1.escalateOn()).isEqualTo(LocalDate.of(2026, 3, 25)); // Mon 23, Tue 24, Wed 25
    assertThat(q1.consolidateOn()).isEqualTo(LocalDate.of(2026, 3, 31)); // 7 working days: Tuesday 31
  }

  @Test
  void aDueDayOnAWeekendMovesToTheNextWorkingDayAndTheLimitsCountFromThere() {
    Round q2 = schedule.rounds().get(1);
    assertThat(q2.opensOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(q2.dueOn()).isEqualTo(LocalDate.of(2026, 6, 22)); // 20/6/2026 is a Saturday
    assertThat(q2.escalateOn()).isEqualTo(LocalDate.of(2026, 6, 25));
    assertThat(q2.consolidateOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    Round year = schedule.rounds().get(3);
    assertThat(year.opensOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(year.dueOn()).isEqualTo(LocalDate.of(2026, 12, 21)); // 20/12/2026 is a Sunday
    assertThat(year.consolidateOn()).isEqualTo(LocalDate.of(2026, 12, 30));
  }

  @Test
  void aDueDayOnTheNationalDayHolidayMovesPastItAndEscalationSkipsTheWeekend() {
    ReportingSchedule firstOfMonth = new ReportingSchedule(2026, 2026, 1, TimeLimit.parse("P3WD"),
        TimeLimit.parse("P7WD"), CALENDAR);
    Round q3 = firstOfMonth.rounds().get(2);
    // 1/9/2026 (Tuesday) and 2/9 are days off: due Thursday 3/9; 3 working days later is Tuesday 8/9
    assertThat(q3.dueOn()).isEqualTo(LocalDate.of(2026, 9, 3));
    assertThat(q3.escalateOn()).isEqualTo(LocalDate.of(2026, 9, 8));
  }

  @Test
  void calendarDayLimitsOfDirectivesIssuedBeforeStillMeanCalendarDays() {
    ReportingSchedule old = new ReportingSchedule(2026, 2026, 20, TimeLimit.parse("P5D"), TimeLimit.parse("P10D"),
        CALENDAR);
    Round q1 = old.rounds().get(0);
    assertThat(q1.escalateOn()).isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(q1.consolidateOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(TimeLimit.parse("P1W").after(LocalDate.of(2026, 3, 20), CALENDAR))
        .isEqualTo(LocalDate.of(2026, 3, 27));
    assertThatThrownBy(() -> TimeLimit.parse("5 ngày")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEscalationLimitIsGivenToTheReminderPolicyInWorkingDaysAfterTheDueDay() {
    LocalDate friday = LocalDate.of(2026, 3, 20);
    assertThat(TimeLimit.parse("P3WD").workingDaysAfter(friday, CALENDAR)).isEqualTo(3);
    assertThat(TimeLimit.parse("P3WD").workingDaysAfter(LocalDate.of(2026, 9, 3), CALENDAR)).isEqualTo(3);
    // calendar days: the working days up to the day the limit ends (Wednesday 25/3, Friday 27/3) ...
    assertThat(TimeLimit.parse("P5D").workingDaysAfter(friday, CALENDAR)).isEqualTo(3);
    assertThat(TimeLimit.parse("P1W").workingDaysAfter(friday, CALENDAR)).isEqualTo(5);
    // ... or, when it ends on a day off (Saturday 21/3), up to the next working day (Monday 23/3)
    assertThat(TimeLimit.parse("P1D").workingDaysAfter(friday, CALENDAR)).isEqualTo(1);
    assertThat(TimeLimit.parse("P2D").workingDaysAfter(LocalDate.of(2026, 3, 19), CALENDAR)).isEqualTo(2);
    assertThat(TimeLimit.parse("P0WD").workingDaysAfter(friday, CALENDAR)).isEqualTo(1);
  }

  @Test
  void theFirstRoundSkipsRoundsAlreadyConsolidatedAndTheLastHasNoSuccessor() {
    assertThat(schedule.next(null, LocalDate.of(2026, 7, 2)).orElseThrow().period().code()).isEqualTo("2026-Q3");
    assertThat(schedule.next(null, LocalDate.of(2026, 7, 1)).orElseThrow().period().code()).isEqualTo("2026-Q2");
    assertThat(schedule.next("2026", LocalDate.of(2027, 5, 1)).orElseThrow().period().code()).isEqualTo("2027-Q1");
    assertThat(schedule.next("2027", LocalDate.of(2027, 12, 30))).isEmpty();
    assertThat(schedule.next(null, LocalDate.of(2028, 1, 1))).isEmpty();
  }

  @Test
  void notificationsFitTheirColumnWhateverTheTitle() {
    assertThat(vn.danvan.workflow.notification.Notifications.fit("x".repeat(1500))).hasSize(1000).endsWith("…");
    assertThat(vn.danvan.workflow.notification.Notifications.fit("ngắn")).isEqualTo("ngắn");
  }
}
