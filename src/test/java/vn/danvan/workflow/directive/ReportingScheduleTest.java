package vn.danvan.workflow.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import vn.danvan.workflow.directive.ReportingSchedule.Round;

class ReportingScheduleTest {

  private final ReportingSchedule schedule = new ReportingSchedule(2026, 2027, 20, Period.ofDays(5),
      Period.ofDays(10));

  @Test
  void eachYearHasThreeQuartersAndTheAnnualReportWhichStandsForTheFourth() {
    assertThat(schedule.rounds()).extracting(r -> r.period().code()).containsExactly(
        "2026-Q1", "2026-Q2", "2026-Q3", "2026", "2027-Q1", "2027-Q2", "2027-Q3", "2027");
  }

  @Test
  void aRoundOpensOnTheFirstOfThePeriodsLastMonthAndItsDatesFollowTheDueDay() {
    Round q2 = schedule.rounds().get(1);
    assertThat(q2.opensOn()).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(q2.dueOn()).isEqualTo(LocalDate.of(2026, 6, 20));
    assertThat(q2.escalateOn()).isEqualTo(LocalDate.of(2026, 6, 25));
    assertThat(q2.consolidateOn()).isEqualTo(LocalDate.of(2026, 6, 30));
    Round year = schedule.rounds().get(3);
    assertThat(year.opensOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(year.consolidateOn()).isEqualTo(LocalDate.of(2026, 12, 30));
  }

  @Test
  void theFirstRoundSkipsRoundsAlreadyConsolidatedAndTheLastHasNoSuccessor() {
    assertThat(schedule.next(null, LocalDate.of(2026, 7, 1)).orElseThrow().period().code()).isEqualTo("2026-Q3");
    assertThat(schedule.next(null, LocalDate.of(2026, 6, 30)).orElseThrow().period().code()).isEqualTo("2026-Q2");
    assertThat(schedule.next("2026", LocalDate.of(2027, 5, 1)).orElseThrow().period().code()).isEqualTo("2027-Q1");
    assertThat(schedule.next("2027", LocalDate.of(2027, 12, 30))).isEmpty();
    assertThat(schedule.next(null, LocalDate.of(2028, 1, 1))).isEmpty();
  }

  @Test
  void notificationsFitTheirColumnWhateverTheTitle() {
    assertThat(Messages.fit("x".repeat(1500))).hasSize(1000).endsWith("…");
    assertThat(Messages.fit("ngắn")).isEqualTo("ngắn");
  }
}
