package vn.danvan.workflow.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * When daily digests go out: at {@code sendAt} (Vietnam time) on each working day of the calendar, so a holiday,
 * a weekend or a swapped day off gets none and a make-up Saturday gets one.
 */
final class DigestSchedule {

  private static final int DAYS_SEARCHED = 400; // more than a year of days off would be a broken calendar

  private final WorkingDayCalendar calendar;
  private final LocalTime sendAt;

  DigestSchedule(WorkingDayCalendar calendar, LocalTime sendAt) {
    this.calendar = calendar;
    this.sendAt = sendAt;
  }

  Instant sendTime(LocalDate day) {
    return day.atTime(sendAt).atZone(VietnamTime.ZONE).toInstant();
  }

  /** The first send time strictly after {@code instant}. */
  Instant nextAfter(Instant instant) {
    LocalDate day = dayOf(instant);
    for (int searched = 0; searched < DAYS_SEARCHED; searched++, day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day) && sendTime(day).isAfter(instant)) {
        return sendTime(day);
      }
    }
    throw new IllegalStateException("The working-day calendar has no working day after " + dayOf(instant));
  }

  /** Today, if it is a working day and its digest's time has come: the day a digest sent at {@code now} is for. */
  Optional<LocalDate> dayDueAt(Instant now) {
    LocalDate today = dayOf(now);
    return calendar.isWorkingDay(today) && !now.isBefore(sendTime(today)) ? Optional.of(today) : Optional.empty();
  }

  /** The last day whose tasks count as "due soon" in the digest of {@code day}. */
  LocalDate horizon(LocalDate day, int soonDays) {
    return calendar.plusWorkingDays(day, soonDays);
  }

  int workingDaysBetween(LocalDate from, LocalDate to) {
    return calendar.workingDaysBetween(from, to);
  }

  static LocalDate dayOf(Instant instant) {
    return instant.atZone(VietnamTime.ZONE).toLocalDate();
  }
}
