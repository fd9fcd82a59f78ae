package vn.danvan.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void aQuarterRunsFromItsFirstToItsLastDayAndFollowsTheQuarterBefore() {
    Period q4 = Period.parse("2026-Q4");
    assertThat(q4.from()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q4.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(q4.label()).isEqualTo("Quý IV năm 2026");
    assertThat(q4.previous().code()).isEqualTo("2026-Q3");
    assertThat(Period.parse("2026-Q1").previous().code()).isEqualTo("2025-Q4");
    assertThat(Period.parse("2024-Q1").to()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(q4.lastMonth()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void aYearIsComparedWithTheYearBefore() {
    Period year = Period.parse("2026");
    assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.to()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(year.label()).isEqualTo("Năm 2026");
    assertThat(year.previous().code()).isEqualTo("2025");
  }

  @Test
  void aRangeIsComparedWithTheSameNumberOfDaysJustBefore() {
    Period term = Period.parse("2021-01-01..2025-12-31");
    assertThat(term.label()).isEqualTo("Từ ngày 01/01/2021 đến ngày 31/12/2025");
    // 1826 days (2024 is a leap year); the 1826 days before end on 31/12/2020
    assertThat(term.previous().from()).isEqualTo(LocalDate.of(2016, 1, 2));
    assertThat(term.previous().to()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(Period.parse("2026-03-01..2026-03-01").contains(LocalDate.of(2026, 3, 1))).isTrue();
  }

  @Test
  void anythingElseIsRefused() {
    for (String bad : new String[] {"2026-Q5", "Q4-2026", "26", "2026-12-31..2026-01-01", "2026-02-30..2026-03-01",
        "", "2026-Q4 ", "quý 4"}) {
      if (bad.equals("2026-Q4 ")) {
        assertThat(Period.parse(bad).code()).isEqualTo("2026-Q4");
        continue;
      }
      assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
