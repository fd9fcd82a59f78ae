package vn.danvan.workflow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the working-calendar YAML that officials edit. It refuses entries that are surely
 * typing mistakes, because a wrong day off silently moves every deadline after it.
 */
final class CalendarFileReader {

  static final String CLASSPATH_FILE = "calendar/vn-working-calendar.yaml";

  private static final String LUNAR_NEW_YEAR = "lunar-new-year";
  private static final String HUNG_KINGS_DAY = "hung-kings-day";
  private static final String NATIONAL_DAY_EXTRA = "national-day-extra";
  private static final String EXTRA_DAYS_OFF = "extra-days-off";
  private static final String MAKE_UP_WORKING_DAYS = "make-up-working-days";
  private static final String AUTO_COMPENSATION = "auto-compensation";
  private static final Set<String> KEYS = Set.of(LUNAR_NEW_YEAR, HUNG_KINGS_DAY, NATIONAL_DAY_EXTRA,
      EXTRA_DAYS_OFF, MAKE_UP_WORKING_DAYS, AUTO_COMPENSATION);
  private static final Set<MonthDay> NATIONAL_DAY_NEIGHBOURS = Set.of(MonthDay.of(9, 1), MonthDay.of(9, 3));

  private CalendarFileReader() {
  }

  /** Reads {@code externalFile} if given, otherwise the file bundled on the classpath. */
  static Map<Integer, YearSchedule> load(String externalFile) {
    if (externalFile == null || externalFile.isBlank()) {
      return readClasspathFile();
    }
    Path path = Path.of(externalFile.trim());
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(reader, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read working-day calendar " + path, e);
    }
  }

  static Map<Integer, YearSchedule> readClasspathFile() {
    InputStream in = CalendarFileReader.class.getClassLoader().getResourceAsStream(CLASSPATH_FILE);
    if (in == null) {
      throw new IllegalStateException("Working-day calendar not found on classpath: " + CLASSPATH_FILE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, "classpath:" + CLASSPATH_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<Integer, YearSchedule> read(Reader yaml, String source) {
    Object root = new Yaml(new DatesAsText()).load(yaml);
    if (root == null) {
      return Map.of();
    }
    if (!(root instanceof Map<?, ?> years)) {
      throw invalid(source, "expected one entry per year, e.g. '2026:'");
    }
    Map<Integer, YearSchedule> schedules = new TreeMap<>();
    years.forEach((key, entries) -> {
      if (!(key instanceof Integer year)) {
        throw invalid(source, "'" + key + "' is not a year");
      }
      schedules.put(year, readYear(year, entries, source + ", year " + year));
    });
    return schedules;
  }

  private static YearSchedule readYear(int year, Object value, String where) {
    Map<?, ?> entries = value == null ? Map.of() : asMap(value, where);
    Set<Object> unknownKeys = new HashSet<>(entries.keySet());
    unknownKeys.removeAll(KEYS);
    if (!unknownKeys.isEmpty()) {
      throw invalid(where, "unknown key(s) " + unknownKeys + "; allowed: " + new TreeSet<>(KEYS));
    }

    Set<LocalDate> announcedHolidays = new TreeSet<>(dates(entries.get(LUNAR_NEW_YEAR), where));
    announcedHolidays.addAll(dates(entries.get(HUNG_KINGS_DAY), where));
    Set<LocalDate> nationalDayExtra = dates(entries.get(NATIONAL_DAY_EXTRA), where);
    for (LocalDate day : nationalDayExtra) {
      if (!NATIONAL_DAY_NEIGHBOURS.contains(MonthDay.from(day))) {
        throw invalid(where, NATIONAL_DAY_EXTRA + " must be 1/9 or 3/9, not " + day);
      }
    }
    announcedHolidays.addAll(nationalDayExtra);
    Set<LocalDate> extraDaysOff = dates(entries.get(EXTRA_DAYS_OFF), where);
    Set<LocalDate> makeUpWorkingDays = dates(entries.get(MAKE_UP_WORKING_DAYS), where);

    Set<LocalDate> all = new HashSet<>(announcedHolidays);
    all.addAll(extraDaysOff);
    all.addAll(makeUpWorkingDays);
    for (LocalDate day : all) {
      if (day.getYear() != year) {
        throw invalid(where, day + " belongs to another year");
      }
    }
    Set<LocalDate> daysOff = new HashSet<>(announcedHolidays);
    daysOff.addAll(extraDaysOff);
    daysOff.addAll(FixedDateHolidays.of(year));
    for (LocalDate day : makeUpWorkingDays) {
      if (!Weekend.includes(day)) {
        throw invalid(where, "make-up working day " + day + " is a " + day.getDayOfWeek()
            + ", expected " + DayOfWeek.SATURDAY + " or " + DayOfWeek.SUNDAY);
      }
      if (daysOff.contains(day)) {
        throw invalid(where, day + " is both a day off and a make-up working day");
      }
    }
    return new YearSchedule(year, announcedHolidays, extraDaysOff, makeUpWorkingDays,
        autoCompensation(entries.get(AUTO_COMPENSATION), where));
  }

  private static boolean autoCompensation(Object value, String where) {
    if (value == null) {
      return true;
    }
    if (value instanceof Boolean flag) {
      return flag;
    }
    throw invalid(where, AUTO_COMPENSATION + " must be true or false, not '" + value + "'");
  }

  private static Set<LocalDate> dates(Object value, String where) {
    if (value == null) {
      return Set.of();
    }
    Collection<?> items = value instanceof Collection<?> list ? list : List.of(value);
    Set<LocalDate> dates = new TreeSet<>();
    for (Object item : items) {
      try {
        dates.add(LocalDate.parse(String.valueOf(item)));
      } catch (DateTimeParseException e) {
        throw invalid(where, "'" + item + "' is not a date written as YYYY-MM-DD");
      }
    }
    return dates;
  }

  private static Map<?, ?> asMap(Object value, String where) {
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw invalid(where, "expected keys such as " + LUNAR_NEW_YEAR + ", found '" + value + "'");
  }

  private static IllegalArgumentException invalid(String where, String problem) {
    return new IllegalArgumentException("Working-day calendar " + where + ": " + problem);
  }

  /** Keeps dates as text so that 2025-02-30 is rejected instead of rolling over to 2 March. */
  private static final class DatesAsText extends SafeConstructor {
    DatesAsText() {
      super(new LoaderOptions());
      yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
    }
  }
}
