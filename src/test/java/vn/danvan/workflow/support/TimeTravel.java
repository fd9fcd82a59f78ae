package vn.danvan.workflow.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.stream.Stream;

/**
 * The days the date-sensitive suites also run on (issue 13), each a Vietnam local time: the first and the 25th of a
 * quarter's last month (a reporting round opens; units report), New Year's Eve at 23:30 (tests move on to 1
 * January), a Saturday, the last working afternoon before Tết 2027 and its eve (29 tháng Chạp, 5/2/2027, the first
 * day off), 30 April, and a day late in 2030, the calendar's last year. A suite takes them with
 * {@code @ParameterizedTest @MethodSource("vn.danvan.workflow.support.TimeTravel#days")} and sets the engine's
 * clock (which the service's Clock bean reads) with {@link Day#set()}.
 */
public final class TimeTravel {

  private TimeTravel() {
  }

  /** One day of the suite. */
  public record Day(String name, LocalDateTime localTime) {

    public ZonedDateTime zoned() {
      return localTime.atZone(VietnamClock.VIETNAM);
    }

    public LocalDate date() {
      return localTime.toLocalDate();
    }

    public Instant instant() {
      return zoned().toInstant();
    }

    public Date asDate() {
      return Date.from(instant());
    }

    /** Sets the engine's clock (ClockUtil) to this day; the service's Clock bean follows. */
    public Day set() {
      VietnamClock.set(localTime.toString());
      return this;
    }

    @Override
    public String toString() {
      return name + " (" + localTime + ")";
    }
  }

  public static Stream<Day> days() {
    return Stream.of(
        day("1st of a quarter's last month", "2026-12-01T09:00"),
        day("25th of a quarter's last month", "2026-12-25T15:00"),
        day("New Year's Eve, 23:30", "2026-12-31T23:30"),
        day("a Saturday", "2026-12-05T10:00"),
        day("last working afternoon before Tết 2027", "2027-02-04T16:00"),
        day("eve of Tết 2027", "2027-02-05T20:00"),
        day("30 April", "2027-04-30T09:00"),
        day("a day in 2030, the calendar's last year", "2030-12-20T09:00"));
  }

  private static Day day(String name, String localTime) {
    return new Day(name, LocalDateTime.parse(localTime));
  }
}
