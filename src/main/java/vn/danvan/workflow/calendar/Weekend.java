package vn.danvan.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The weekly rest days of state bodies: Saturday and Sunday. */
final class Weekend {

  private Weekend() {
  }

  static boolean includes(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
