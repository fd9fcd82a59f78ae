package vn.danvan.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/** Digests go out at the send time of each working day of the bundled calendar, never on a day off. */
class DigestScheduleTest {

  private final DigestSchedule schedule = new DigestSchedule(new WorkingDayCalendar(""), LocalTime.of(7, 30));

  @Test
  void theNextDigestIsTheSameMorningBeforeTheSendTimeAndTheNextWorkingDayFromIt() {
    assertThat(schedule.nextAfter(vietnam(2026, 3, 12, 7, 0))).isEqualTo(vietnam(2026, 3, 12, 7, 30));
    assertThat(schedule.nextAfter(vietnam(2026, 3, 12, 7, 30))).isEqualTo(vietnam(2026, 3, 13, 7, 30));
    assertThat(schedule.nextAfter(vietnam(2026, 3, 13, 9, 0))).isEqualTo(vietnam(2026, 3, 16, 7, 30)); // Friday
  }

  @Test
  void tetAndHolidaysHaveNoDigestAndAMakeUpSaturdayHasOne() {
    assertThat(schedule.nextAfter(vietnam(2026, 2, 13, 9, 0))).isEqualTo(vietnam(2026, 2, 23, 7, 30)); // Tết 16-20/2
    assertThat(schedule.nextAfter(vietnam(2026, 4, 29, 9, 0))).isEqualTo(vietnam(2026, 5, 4, 7, 30)); // 30/4, 1/5
    assertThat(schedule.nextAfter(vietnam(2026, 8, 21, 9, 0))).isEqualTo(vietnam(2026, 8, 22, 7, 30)); // làm bù
  }

  @Test
  void aDigestIsDueOnlyOnAWorkingDayFromItsSendTime() {
    assertThat(schedule.dayDueAt(vietnam(2026, 3, 16, 7, 29))).isEmpty();
    assertThat(schedule.dayDueAt(vietnam(2026, 3, 16, 7, 30))).contains(LocalDate.of(2026, 3, 16));
    assertThat(schedule.dayDueAt(vietnam(2026, 3, 16, 23, 59))).contains(LocalDate.of(2026, 3, 16));
    assertThat(schedule.dayDueAt(vietnam(2026, 3, 14, 9, 0))).isEmpty(); // Saturday
    assertThat(schedule.dayDueAt(vietnam(2026, 4, 27, 9, 0))).isEmpty(); // Giỗ Tổ on Sunday, off on Monday
  }

  @Test
  void dueSoonReachesTheGivenNumberOfWorkingDaysAhead() {
    assertThat(schedule.horizon(LocalDate.of(2026, 3, 12), 2)).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(schedule.horizon(LocalDate.of(2026, 3, 12), 0)).isEqualTo(LocalDate.of(2026, 3, 12));
  }

  private static Instant vietnam(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.ofHours(7));
  }
}
