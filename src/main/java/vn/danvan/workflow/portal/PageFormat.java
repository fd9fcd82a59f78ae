package vn.danvan.workflow.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Dates as officials write them, in Vietnam's time: {@code ${@pageFormat.date(task.due)}} gives 05/03/2026.
 * "Now" is the engine's clock, the same as the task lists' "overdue".
 */
@Component("pageFormat")
public class PageFormat {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

  public String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  public String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  public String date(java.time.LocalDate day) {
    return day == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
  }

  public boolean overdue(Instant due) {
    return due != null && due.isBefore(now());
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
