package vn.danvan.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Việt Nam's time as officials read it: every date, due date and timer means Asia/Ho_Chi_Minh whatever the
 * server's zone, and a day is written 27/11/2026. "Today" comes from the engine's clock, the one clock.
 */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnamTime() {
  }

  public static LocalDate today() {
    return dayOf(ClockUtil.getCurrentTime());
  }

  public static LocalDate dayOf(Date date) {
    return dayOf(date.toInstant());
  }

  public static LocalDate dayOf(Instant instant) {
    return instant.atZone(ZONE).toLocalDate();
  }

  public static String format(Date date) {
    return format(dayOf(date));
  }

  public static String format(LocalDate day) {
    return DAY.format(day);
  }
}
