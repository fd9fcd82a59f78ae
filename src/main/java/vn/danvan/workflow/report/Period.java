package vn.danvan.workflow.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.workflow.calendar.VietnamTime;

/**
 * A reporting period as the API writes it: a quarter {@code 2026-Q4}, a year {@code 2026} or any date range
 * {@code 2021-01-01..2025-12-31} (sơ kết, tổng kết). Both ends are inclusive days.
 */
public record Period(String code, Kind kind, LocalDate from, LocalDate to) {

  public enum Kind { QUARTER, YEAR, RANGE }

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /** @throws IllegalArgumentException for anything else, or a range that ends before it starts */
  public static Period parse(String text) {
    String code = text == null ? "" : text.strip();
    Matcher m = QUARTER.matcher(code);
    if (m.matches()) {
      return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if (YEAR.matcher(code).matches()) {
      return year(Integer.parseInt(code));
    }
    m = RANGE.matcher(code);
    if (m.matches()) {
      try {
        return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a date: " + code, e);
      }
    }
    throw new IllegalArgumentException("not a period: " + code);
  }

  public static Period quarter(int year, int quarter) {
    LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return new Period(year + "-Q" + quarter, Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
  }

  public static Period year(int year) {
    return new Period(String.valueOf(year), Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  public static Period range(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
    }
    return new Period(from + ".." + to, Kind.RANGE, from, to);
  }

  /** The period just before: the previous quarter or year, or a range of the same length ending the day before. */
  public Period previous() {
    return switch (kind) {
      case QUARTER -> {
        int quarter = quarterNumber();
        yield quarter == 1 ? quarter(from.getYear() - 1, 4) : quarter(from.getYear(), quarter - 1);
      }
      case YEAR -> year(from.getYear() - 1);
      case RANGE -> {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        yield range(from.minusDays(days), from.minusDays(1));
      }
    };
  }

  /** "Quý IV năm 2026", "Năm 2026", "Từ ngày 01/01/2021 đến ngày 31/12/2025". */
  public String label() {
    return switch (kind) {
      case QUARTER -> "Quý " + ROMAN[quarterNumber() - 1] + " năm " + from.getYear();
      case YEAR -> "Năm " + from.getYear();
      case RANGE -> "Từ ngày " + VietnamTime.format(from) + " đến ngày " + VietnamTime.format(to);
    };
  }

  /** The first day of the period's last month (when a periodic report is called for). */
  public LocalDate lastMonth() {
    return to.withDayOfMonth(1);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private int quarterNumber() {
    return (from.getMonthValue() - 1) / 3 + 1;
  }
}
