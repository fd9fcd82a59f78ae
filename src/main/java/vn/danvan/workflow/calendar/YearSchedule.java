package vn.danvan.workflow.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * One year of the calendar file as announced: the holidays whose dates change every year
 * (Tết, Giỗ Tổ Hùng Vương, the day next to Quốc khánh), swapped days off and make-up working days.
 *
 * @param autoCompensation whether holidays falling on a weekend get the next working day off; false when the
 *     year's announcement places compensatory days itself
 */
record YearSchedule(
    int year,
    Set<LocalDate> announcedHolidays,
    Set<LocalDate> extraDaysOff,
    Set<LocalDate> makeUpWorkingDays,
    boolean autoCompensation) {

  YearSchedule {
    announcedHolidays = Set.copyOf(announcedHolidays);
    extraDaysOff = Set.copyOf(extraDaysOff);
    makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
  }

  /** A year nobody has entered yet: only the fixed-date holidays are known. */
  static YearSchedule unknown(int year) {
    return new YearSchedule(year, Set.of(), Set.of(), Set.of(), true);
  }
}
