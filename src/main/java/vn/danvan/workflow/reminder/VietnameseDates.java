package vn.danvan.workflow.reminder;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Dates as Vietnamese officials write them: 27/11/2026. */
final class VietnameseDates {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseDates() {
  }

  static String format(Date date) {
    return DAY.format(date.toInstant().atZone(ZONE));
  }
}
