package vn.danvan.workflow.directive;

import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Dates as Vietnamese officials write them: 27/11/2026. */
final class Dates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {
  }

  static String format(Date date) {
    return DAY.format(DirectiveProcess.dayOf(date));
  }

  static String format(java.time.LocalDate day) {
    return DAY.format(day);
  }
}
