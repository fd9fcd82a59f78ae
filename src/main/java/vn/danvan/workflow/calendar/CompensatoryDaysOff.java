package vn.danvan.workflow.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;

/**
 * A holiday falling on the weekly rest day is made up on the next working day
 * (Labour Code 2019, art. 111 clause 3). Several such holidays take consecutive days.
 */
final class CompensatoryDaysOff {

  private CompensatoryDaysOff() {
  }

  static Set<LocalDate> forHolidays(SortedSet<LocalDate> holidays) {
    Set<LocalDate> compensatory = new HashSet<>();
    for (LocalDate holiday : holidays) {
      if (Weekend.includes(holiday)) {
        LocalDate dayOff = holiday.plusDays(1);
        while (Weekend.includes(dayOff) || holidays.contains(dayOff) || compensatory.contains(dayOff)) {
          dayOff = dayOff.plusDays(1);
        }
        compensatory.add(dayOff);
      }
    }
    return compensatory;
  }
}
