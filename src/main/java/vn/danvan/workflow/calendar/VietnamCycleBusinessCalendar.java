package vn.danvan.workflow.calendar;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.CronTimer;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.support.CronExpression;

/**
 * Timer cycles in Vietnam's time: Camunda 7 evaluates a cron {@code timeCycle} ({@code 0 0 7 15 11 ?}) in the
 * JVM's default time zone, so on a server in UTC "07:00" fires at 14:00 in Việt Nam. Here a cron expression is
 * evaluated in Asia/Ho_Chi_Minh whatever the server's zone. Camunda still decides which expressions are valid
 * (its cron dialect is Spring 5.3's, which {@link CronExpression} evaluates). An ISO 8601 repeating interval
 * ({@code R3/PT1H}, {@code R/2026-11-15T07:00/P1Y}) goes to Camunda's calendar, a date-time in it written without an
 * offset being read as Vietnam time, not the server's.
 *
 * <p>Extends Camunda's cycle calendar because the engine casts to it when it schedules a cycle's next timer.
 */
public class VietnamCycleBusinessCalendar extends CycleBusinessCalendar {

  /** A date-time with no offset or zone: 2026-11-15T07:00, 2026-11-15T07:00:00.000. */
  private static final Pattern LOCAL_DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate, long repeatOffset) {
    if (duedateDescription == null || duedateDescription.startsWith("R")) {
      return super.resolveDuedate(withVietnamOffset(duedateDescription), startDate, repeatOffset);
    }
    try {
      CronTimer.parse(duedateDescription); // Camunda's verdict on the expression
      CronExpression cron = CronExpression.parse(duedateDescription);
      Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
      ZonedDateTime next = cron.next(start.toInstant().atZone(VietnamTime.ZONE));
      return next == null ? start : Date.from(next.toInstant());
    } catch (Exception e) {
      throw new ProcessEngineException("Cannot resolve the timer cycle '" + duedateDescription + "'", e);
    }
  }

  /**
   * The expression with {@code +07:00} after each date-time written without an offset (a due date, the start or
   * end of a repeating interval), so that Camunda reads it as Vietnam time; anything else unchanged.
   */
  public static String withVietnamOffset(String expression) {
    if (expression == null || !expression.contains("T")) {
      return expression;
    }
    return Stream.of(expression.split("/", -1))
        .map(part -> LOCAL_DATE_TIME.matcher(part).matches() ? part + "+07:00" : part)
        .collect(Collectors.joining("/"));
  }
}
