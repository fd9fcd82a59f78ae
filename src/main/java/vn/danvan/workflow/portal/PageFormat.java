package vn.danvan.workflow.portal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;

/**
 * Dates as officials write them, in Vietnam's time: {@code ${@pageFormat.date(task.due)}} gives 05/03/2026.
 * "Now" is the engine's clock, the same as the task lists' "overdue".
 */
@Component("pageFormat")
public class PageFormat {

  private static final DateTimeFormatter DATE = VietnamTime.DAY.withZone(VietnamTime.ZONE);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public String date(java.time.LocalDate day) {
    return day == null ? "" : VietnamTime.format(day);
  }

  public boolean overdue(Instant due) {
    return due != null && due.isBefore(now());
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
