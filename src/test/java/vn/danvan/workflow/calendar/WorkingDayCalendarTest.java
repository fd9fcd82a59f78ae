package vn.danvan.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled calendar file, checked against the schedules announced for 2025-2026 and computed for 2027-2030. */
class WorkingDayCalendarTest {

  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7); // spelt out so a wrong zone in the code shows

  private final WorkingDayCalendar calendar = new WorkingDayCalendar("");

  @Test
  void tet2026IsOffFrom16To20February() {
    assertThat(daysOff(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23))).containsExactly(
        LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
        LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 21),
        LocalDate.of(2026, 2, 22));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 10)).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 2, 23), 1)).isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23))).isEqualTo(1);
  }

  @Test
  void tet2027WeekendDaysAreCompensatedAfterTheHoliday() {
    // Tết Đinh Mùi: 5/2 (29 Chạp) to 9/2/2027; mùng 1 and 2 fall on Saturday and Sunday.
    assertThat(daysOff(LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 12))).containsExactly(
        LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8),
        LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 12));
  }

  @Test
  void swappedSaturdayIsAWorkingDayAndItsFridayIsOff() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue(); // làm bù for Friday 2/1/2026
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));

    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue(); // làm bù for Friday 2/5/2025
    assertThat(daysOff(LocalDate.of(2025, 4, 29), LocalDate.of(2025, 5, 5))).containsExactly(
        LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 3),
        LocalDate.of(2025, 5, 4));
  }

  @Test
  void ordinarySaturdayIsNotAWorkingDay() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @ParameterizedTest(name = "{0} falls on a weekend, so {1} is off")
  @CsvSource({
      "2026-04-26, 2026-04-27", // Giỗ Tổ on Sunday
      "2027-05-01, 2027-05-03", // 1/5 on Saturday
      "2028-01-01, 2028-01-03", // Tết Dương lịch on Saturday
      "2028-04-30, 2028-05-02", // 30/4 on Sunday, and Monday is already 1/5
      "2028-09-02, 2028-09-04", // Quốc khánh on Saturday, after its extra day Friday 1/9
      "2029-09-02, 2029-09-04", // Quốc khánh on Sunday, before its extra day Monday 3/9
      "2030-02-03, 2030-02-07"}) // mùng 2 Tết Canh Tuất on Sunday; Saturday's day off is 6/2
  void holidayOnWeekendGivesTheNextWorkingDayOff(LocalDate holiday, LocalDate compensatoryDay) {
    assertThat(calendar.isWorkingDay(holiday)).isFalse();
    assertThat(calendar.isWorkingDay(compensatoryDay)).isFalse();
    assertThat(calendar.isWorkingDay(compensatoryDay.plusDays(1))).isTrue();
  }

  @Test
  void nationalDayComesWithItsAnnouncedExtraDay() {
    assertThat(daysOff(LocalDate.of(2025, 8, 29), LocalDate.of(2025, 9, 3)))
        .containsExactly(LocalDate.of(2025, 8, 30), LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 1),
            LocalDate.of(2025, 9, 2));
    // 2026: 1/9 extra, and Monday 31/8 swapped with Saturday 22/8.
    assertThat(daysOff(LocalDate.of(2026, 8, 28), LocalDate.of(2026, 9, 3)))
        .containsExactly(LocalDate.of(2026, 8, 29), LocalDate.of(2026, 8, 30), LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
    assertThat(daysOff(LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 6)))
        .containsExactly(LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3), LocalDate.of(2027, 9, 4),
            LocalDate.of(2027, 9, 5));
  }

  @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0}, weekday off {1}")
  @CsvSource({
      "2025-04-07, 2025-04-07",
      "2026-04-26, 2026-04-27", // Sunday
      "2027-04-16, 2027-04-16",
      "2028-04-04, 2028-04-04",
      "2029-04-23, 2029-04-23",
      "2030-04-12, 2030-04-12"})
  void hungKingsCommemorationIsOff(LocalDate tenthOfThirdLunarMonth, LocalDate weekdayOff) {
    assertThat(calendar.isWorkingDay(tenthOfThirdLunarMonth)).isFalse();
    assertThat(calendar.isWorkingDay(weekdayOff)).isFalse();
  }

  @ParameterizedTest(name = "Tết {0}")
  @CsvSource({"2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-02"})
  void lunarNewYearAndTheLastDayBeforeItAreOff(LocalDate firstOfFirstLunarMonth) {
    assertThat(calendar.isWorkingDay(firstOfFirstLunarMonth)).isFalse();
    assertThat(calendar.isWorkingDay(firstOfFirstLunarMonth.minusDays(1))).isFalse();
  }

  @Test
  void workingDaysBetweenCountsDaysAfterTheStartUpToTheEnd() {
    LocalDate monday = LocalDate.of(2026, 3, 9);
    assertThat(calendar.workingDaysBetween(monday, monday)).isZero();
    assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2026, 3, 13))).isEqualTo(4);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 13), monday)).isEqualTo(-4);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 5))).isEqualTo(10);
  }

  @Test
  void zeroKeepsTheDateAndNegativeCountsBackwards() {
    LocalDate saturday = LocalDate.of(2026, 3, 7);
    assertThat(calendar.plusWorkingDays(saturday, 0)).isEqualTo(saturday);
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 23), -1)).isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(calendar.minusWorkingDays(LocalDate.of(2026, 2, 23), -1)).isEqualTo(LocalDate.of(2026, 2, 24));
  }

  @Test
  void instantAndDateKeepTheTimeOfDayInVietnam() {
    Instant fridayAfternoon = vietnamTime(2026, 2, 13, 14, 0);
    assertThat(calendar.plusWorkingDays(fridayAfternoon, 1)).isEqualTo(vietnamTime(2026, 2, 23, 14, 0));
    assertThat(calendar.minusWorkingDays(vietnamTime(2026, 2, 23, 14, 0), 1)).isEqualTo(fridayAfternoon);
    // 00:15 in Vietnam is still the day before in UTC: the Vietnamese date is the one counted.
    assertThat(calendar.plusWorkingDays(Date.from(vietnamTime(2026, 3, 7, 0, 15)), 1))
        .isEqualTo(Date.from(vietnamTime(2026, 3, 9, 0, 15)));
    assertThat(calendar.minusWorkingDays(Date.from(vietnamTime(2026, 3, 9, 0, 15)), 1))
        .isEqualTo(Date.from(vietnamTime(2026, 3, 6, 0, 15)));
  }

  @Test
  void yearWithoutDataStillKnowsFixedDateHolidays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 1))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 9, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 9, 3))).isTrue();
  }

  private List<LocalDate> daysOff(LocalDate from, LocalDate to) {
    return from.datesUntil(to.plusDays(1)).filter(day -> !calendar.isWorkingDay(day)).toList();
  }

  private static Instant vietnamTime(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atOffset(VIETNAM).toInstant();
  }
}
