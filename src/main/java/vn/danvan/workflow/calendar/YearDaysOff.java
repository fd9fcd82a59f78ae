package vn.danvan.workflow.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** One year resolved: holidays, compensatory and swapped days off, and the weekend days that are worked. */
record YearDaysOff(Set<LocalDate> daysOff, Set<LocalDate> makeUpWorkingDays) {

  static YearDaysOff resolve(YearSchedule schedule) {
    SortedSet<LocalDate> holidays = new TreeSet<>(FixedDateHolidays.of(schedule.year()));
    holidays.addAll(schedule.announcedHolidays());

    Set<LocalDate> daysOff = new HashSet<>(holidays);
    if (schedule.autoCompensation()) {
      daysOff.addAll(CompensatoryDaysOff.forHolidays(holidays));
    }
    daysOff.addAll(schedule.extraDaysOff());
    return new YearDaysOff(Set.copyOf(daysOff), schedule.makeUpWorkingDays());
  }
}
