package vn.danvan.workflow.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Holidays on the same Gregorian date every year (Labour Code 2019, art. 112 clause 1). */
final class FixedDateHolidays {

  private static final List<MonthDay> DATES = List.of(
      MonthDay.of(1, 1),   // Tết Dương lịch
      MonthDay.of(4, 30),  // Ngày Chiến thắng
      MonthDay.of(5, 1),   // Ngày Quốc tế lao động
      MonthDay.of(9, 2));  // Quốc khánh (its second day is announced yearly)

  private FixedDateHolidays() {
  }

  static Set<LocalDate> of(int year) {
    return DATES.stream().map(day -> day.atYear(year)).collect(Collectors.toUnmodifiableSet());
  }
}
