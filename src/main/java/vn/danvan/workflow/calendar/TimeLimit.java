package vn.danvan.workflow.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit a directive sets for chasing and consolidating, written as in BPMN: {@code P3WD} is 3 working days
 * (ngày làm việc), which is how administrative limits are counted. An ISO period ({@code P5D}, {@code P1W}) still
 * means calendar days, so directives stored before working days keep their dates.
 */
public record TimeLimit(String text) {

  /** What the API accepts: P3WD, or P5D / P1W. */
  public static final String FORMAT = "P\\d{1,3}(WD|D|W)";

  private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,3})WD");

  public TimeLimit {
    if (text == null || !text.matches(FORMAT)) {
      throw new IllegalArgumentException("Time limit must look like P3WD or P5D: " + text);
    }
  }

  public static TimeLimit parse(String text) {
    return new TimeLimit(text);
  }

  public static TimeLimit workingDays(int days) {
    return new TimeLimit("P" + days + "WD");
  }

  /** The day the limit ends when it starts counting after {@code day}. */
  public LocalDate after(LocalDate day, WorkingDayCalendar calendar) {
    Matcher workingDays = WORKING_DAYS.matcher(text);
    if (workingDays.matches()) {
      return calendar.plusWorkingDays(day, Integer.parseInt(workingDays.group(1)));
    }
    return day.plus(Period.parse(text));
  }

  /**
   * The limit as a number of working days after {@code day}, as the reminder policy counts an escalation: itself
   * for {@code P3WD}; for calendar days, the working days up to the day it ends, or up to the next working day
   * when it ends on a day off. At least 1.
   */
  public int workingDaysAfter(LocalDate day, WorkingDayCalendar calendar) {
    LocalDate end = after(day, calendar);
    while (!calendar.isWorkingDay(end)) {
      end = end.plusDays(1);
    }
    return Math.max(1, calendar.workingDaysBetween(day, end));
  }

  @Override
  public String toString() {
    return text;
  }
}
