package vn.danvan.workflow.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code danvan.calendar.*}.
 *
 * @param file an edited copy of {@code calendar/vn-working-calendar.yaml} (holidays, swapped days) to use
 *     instead of the bundled one; empty means the bundled one
 */
@ConfigurationProperties("danvan.calendar")
public record CalendarSettings(@DefaultValue("") String file) {

  public CalendarSettings {
    file = file == null ? "" : file;
  }
}
