package vn.danvan.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Working days of Vietnamese state bodies: Monday to Friday, less public holidays, compensatory
 * and swapped days off, plus the weekend days announced as make-up working days.
 *
 * <p>Data comes from {@code calendar/vn-working-calendar.yaml} on the classpath, or from the file
 * named by the property {@code danvan.calendar.file} so officials can edit it without a rebuild
 * (read once at start-up).
 *
 * <p>Counting rules:
 * <ul>
 *   <li>{@code plusWorkingDays(d, n)} is the n-th working day after {@code d}; {@code d} itself is
 *       never counted, so from a Saturday or a holiday the first working day after it is day 1.
 *       {@code n = 0} returns {@code d} unchanged; a negative {@code n} counts backwards.</li>
 *   <li>{@code workingDaysBetween(from, to)} counts the working days after {@code from} up to and
 *       including {@code to} (negative when {@code to} is earlier), so that
 *       {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.</li>
 *   <li>The {@link Instant} and {@link Date} variants work on the calendar date in
 *       Asia/Ho_Chi_Minh and keep the time of day: 10 working days from 14:00 ends at 14:00.</li>
 * </ul>
 * A year missing from the data still knows 1/1, 30/4, 1/5 and 2/9 but not Tết or Giỗ Tổ; a
 * warning is logged the first time such a year is used.
 */
@Component
public class WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final Map<Integer, YearSchedule> schedules;
  private final Map<Integer, YearDaysOff> resolvedYears = new ConcurrentHashMap<>();

  @Autowired
  public WorkingDayCalendar(CalendarSettings settings) {
    this(settings.file());
  }

  /** @param calendarFile path of an external calendar file; blank means the bundled one */
  public WorkingDayCalendar(String calendarFile) {
    this(CalendarFileReader.load(calendarFile));
    log.info("Working-day calendar loaded from {}, years {}",
        calendarFile == null || calendarFile.isBlank() ? "classpath" : calendarFile, schedules.keySet());
  }

  WorkingDayCalendar(Map<Integer, YearSchedule> schedules) {
    this.schedules = Map.copyOf(schedules);
  }

  public boolean isWorkingDay(LocalDate date) {
    YearDaysOff year = resolvedYears.computeIfAbsent(date.getYear(), this::resolve);
    if (year.makeUpWorkingDays().contains(date)) {
      return true;
    }
    return !Weekend.includes(date) && !year.daysOff().contains(date);
  }

  public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
    int step = workingDays < 0 ? -1 : 1;
    long remaining = Math.abs((long) workingDays);
    LocalDate date = start;
    while (remaining > 0) {
      date = date.plusDays(step);
      if (isWorkingDay(date)) {
        remaining--;
      }
    }
    return date;
  }

  public LocalDate minusWorkingDays(LocalDate start, int workingDays) {
    return plusWorkingDays(start, -workingDays);
  }

  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isWorkingDay(date)) {
        count++;
      }
    }
    return count;
  }

  public Instant plusWorkingDays(Instant start, int workingDays) {
    ZonedDateTime local = start.atZone(VietnamTime.ZONE);
    return local.with(plusWorkingDays(local.toLocalDate(), workingDays)).toInstant();
  }

  public Instant minusWorkingDays(Instant start, int workingDays) {
    return plusWorkingDays(start, -workingDays);
  }

  public Date plusWorkingDays(Date start, int workingDays) {
    // getTime() rather than toInstant(): java.sql.Date, which JDBC may hand back, refuses toInstant().
    return Date.from(plusWorkingDays(Instant.ofEpochMilli(start.getTime()), workingDays));
  }

  public Date minusWorkingDays(Date start, int workingDays) {
    return plusWorkingDays(start, -workingDays);
  }

  private YearDaysOff resolve(int year) {
    YearSchedule schedule = schedules.get(year);
    if (schedule == null) {
      log.warn("Working-day calendar has no data for {}: Tết and Giỗ Tổ are not counted as days off. "
          + "Add the year to {} (or to the file set by danvan.calendar.file).",
          year, CalendarFileReader.CLASSPATH_FILE);
      schedule = YearSchedule.unknown(year);
    }
    return YearDaysOff.resolve(schedule);
  }
}
