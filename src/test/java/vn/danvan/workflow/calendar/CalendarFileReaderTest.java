package vn.danvan.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Officials edit the calendar by hand: typing mistakes must stop the start-up, not shift deadlines. */
class CalendarFileReaderTest {

  @Test
  void externalFileReplacesTheBundledOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lich.yaml");
    Files.writeString(file, """
        2026:
          lunar-new-year: [2026-02-16]
          extra-days-off: [2026-03-10]
        """, StandardCharsets.UTF_8);

    WorkingDayCalendar calendar = new WorkingDayCalendar(file.toString());

    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 10))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isTrue(); // the bundled file would say Tết
  }

  @Test
  void missingExternalFileStopsTheStartUp(@TempDir Path dir) {
    assertThatThrownBy(() -> new WorkingDayCalendar(dir.resolve("khong-co.yaml").toString()))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void yearCanTurnOffAutomaticCompensation() {
    WorkingDayCalendar calendar = new WorkingDayCalendar(read("""
        2028:
          auto-compensation: false
          extra-days-off: [2028-01-04]
        """));

    // 1/1/2028 is a Saturday: the announcement (here) gives Tuesday instead of Monday.
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 4))).isFalse();
  }

  @Test
  void rejectsDateWrittenUnderAnotherYear() {
    assertThatThrownBy(() -> read("2026:\n  hung-kings-day: 2025-04-07\n"))
        .hasMessageContaining("year 2026").hasMessageContaining("2025-04-07 belongs to another year");
  }

  @Test
  void rejectsDateThatDoesNotExist() {
    assertThatThrownBy(() -> read("2025:\n  extra-days-off: [2025-02-30]\n"))
        .hasMessageContaining("'2025-02-30' is not a date");
  }

  @Test
  void rejectsMakeUpWorkingDayOnAWeekday() {
    assertThatThrownBy(() -> read("2026:\n  make-up-working-days: [2026-01-09]\n"))
        .hasMessageContaining("2026-01-09 is a FRIDAY");
  }

  @Test
  void rejectsMakeUpWorkingDayThatIsAlsoOff() {
    assertThatThrownBy(() -> read("2026:\n  lunar-new-year: [2026-02-14]\n  make-up-working-days: [2026-02-14]\n"))
        .hasMessageContaining("both a day off and a make-up working day");
  }

  @Test
  void rejectsNationalDayExtraNotNextTo2September() {
    assertThatThrownBy(() -> read("2026:\n  national-day-extra: 2026-09-04\n"))
        .hasMessageContaining("must be 1/9 or 3/9");
  }

  @Test
  void rejectsMisspelledKey() {
    assertThatThrownBy(() -> read("2026:\n  lunar-newyear: [2026-02-17]\n"))
        .hasMessageContaining("unknown key(s) [lunar-newyear]");
  }

  @Test
  void readsTheBundledFileForEveryYearFrom2025To2030() {
    Map<Integer, YearSchedule> years = CalendarFileReader.readClasspathFile();

    assertThat(years).containsOnlyKeys(2025, 2026, 2027, 2028, 2029, 2030);
    assertThat(years.get(2026).makeUpWorkingDays())
        .containsExactlyInAnyOrder(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
  }

  private static Map<Integer, YearSchedule> read(String yaml) {
    return CalendarFileReader.read(new StringReader(yaml), "test");
  }
}
