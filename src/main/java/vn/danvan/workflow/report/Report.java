package vn.danvan.workflow.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.danvan.workflow.petition.PetitionKind;

/**
 * A periodic report as published: the movement's indicators for the period with the change on the previous
 * one, the same by field and by unit, the units late with their plans or reports, and the citizens' petitions
 * received in the period. The JSON of GET /api/reports/{period}; the XLSX and PDF show exactly these figures.
 */
public record Report(PeriodView period, PeriodView previousPeriod, String scope, LocalDate asOf,
    Instant generatedAt, List<Indicator> indicators, List<Breakdown> byField, List<Breakdown> byUnit,
    Deadlines deadlines, List<LateUnit> lateUnits, String documentNumber, String assessment,
    Petitions petitions) {

  /** The same figures as the coordinator sends them: with its document number and its assessment. */
  public Report signed(String number, String text) {
    return new Report(period, previousPeriod, scope, asOf, generatedAt, indicators, byField, byUnit, deadlines,
        lateUnits, number, text, petitions);
  }

  public record PeriodView(String code, String label, LocalDate from, LocalDate to) {
    static PeriodView of(Period period) {
      return new PeriodView(period.code(), period.label(), period.from(), period.to());
    }
  }

  /** One indicator: models and exemplars in the period, their total, the previous period's total, the change. */
  public record Indicator(String code, String label, long models, long exemplars, long total, long previousTotal,
      long change) {
  }

  /** One field or one unit: the five indicators (models and exemplars together) in the period. */
  public record Breakdown(String key, String label, long registered, long recognised, long outstanding,
      long replicated, long rewarded) {
  }

  /**
   * Plans and reports that fell due in the period: on time, sent late, still missing after the due date,
   * not yet due (asOf is before the due date).
   */
  public record Deadlines(long due, long onTime, long late, long missing, long notYetDue) {
  }

  /** A unit late with its plan or a report; submittedOn null when still missing. */
  public record LateUnit(long directiveId, String directive, String unitId, String unitName, String obligation,
      LocalDate dueOn, LocalDate submittedOn, long daysLate) {
  }

  /**
   * Citizens' petitions received in the period (Tiếp công dân): by kind, every kind in the law's order with zero
   * where none, their total, and by receiving unit (the units that received any, all kinds together).
   */
  public record Petitions(List<PetitionFigures> byKind, PetitionFigures total, List<PetitionFigures> byUnit) {

    public static final String TOTAL = "TOTAL";

    /** No petition at all: every kind at zero. */
    public static Petitions none() {
      return new Petitions(Arrays.stream(PetitionKind.values()).map(k -> PetitionFigures.zero(k.name(), k.label()))
          .toList(), PetitionFigures.zero(TOTAL, "Tổng cộng"), List.of());
    }
  }

  /**
   * Petitions of one kind or one unit received in the period: settled (or refused) on time, settled late, still
   * open and past their due date as of asOf, still open in all (the overdue ones included), closed otherwise (sent
   * to the competent body, merged into a duplicate).
   */
  public record PetitionFigures(String key, String label, long received, long settledOnTime, long settledLate,
      long overdue, long open, long closedOtherwise) {

    static PetitionFigures zero(String key, String label) {
      return new PetitionFigures(key, label, 0, 0, 0, 0, 0, 0);
    }
  }
}
