package vn.danvan.workflow.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danvan.workflow.calendar.TimeLimit;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * When a directive's periodic reports happen: for each year Q1, Q2, Q3 and the annual report (which stands
 * for Q4, as officials practise it). A round opens on the first day of the period's last month, units report by
 * its dueDay, late units are escalated escalateAfter later and the coordinator consolidates consolidateAfter
 * after the due day with whatever has arrived (both usually in working days).
 *
 * <p>A due day that falls on a weekend or a holiday moves to the next working day (Bộ luật Dân sự 2015,
 * art. 148(5): a time limit ending on a day off ends with the next working day), so a unit is never due on
 * a Saturday or during Tết.
 */
public record ReportingSchedule(int fromYear, int toYear, int dueDay, TimeLimit escalateAfter,
    TimeLimit consolidateAfter, WorkingDayCalendar calendar) {

  /** One reporting round. */
  public record Round(vn.danvan.workflow.report.Period period, LocalDate opensOn, LocalDate dueOn,
      LocalDate escalateOn, LocalDate consolidateOn) {
  }

  public List<Round> rounds() {
    List<Round> rounds = new ArrayList<>();
    for (int year = fromYear; year <= toYear; year++) {
      for (int quarter = 1; quarter <= 3; quarter++) {
        rounds.add(round(vn.danvan.workflow.report.Period.quarter(year, quarter)));
      }
      rounds.add(round(vn.danvan.workflow.report.Period.year(year)));
    }
    return rounds;
  }

  /**
   * The round after {@code previous}; the first round (previous null) is the first not yet consolidated on
   * {@code today}, so a directive entered late does not start with rounds long gone.
   */
  public Optional<Round> next(String previous, LocalDate today) {
    List<Round> rounds = rounds();
    if (previous == null) {
      return rounds.stream().filter(r -> !r.consolidateOn().isBefore(today)).findFirst();
    }
    for (int i = 0; i < rounds.size() - 1; i++) {
      if (rounds.get(i).period().code().equals(previous)) {
        return Optional.of(rounds.get(i + 1));
      }
    }
    return Optional.empty();
  }

  private Round round(vn.danvan.workflow.report.Period period) {
    LocalDate opens = period.lastMonth();
    LocalDate due = workingDayFrom(opens.withDayOfMonth(Math.min(dueDay, opens.lengthOfMonth())));
    return new Round(period, opens, due, escalateAfter.after(due, calendar), consolidateAfter.after(due, calendar));
  }

  private LocalDate workingDayFrom(LocalDate day) {
    return calendar.isWorkingDay(day) ? day : calendar.plusWorkingDays(day, 1);
  }
}
