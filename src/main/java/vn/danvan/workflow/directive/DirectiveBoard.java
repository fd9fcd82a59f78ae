package vn.danvan.workflow.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.danvan.workflow.directive.DirectiveView.AssignmentView;

/**
 * "Theo dõi Chương trình hành động": for one directive and one year, each assigned unit the caller sees against
 * its plan and that year's four reports (Quý I, II, III and the annual one), each cell with its status.
 *
 * @param canRemind whether the caller may remind late units (the coordinating board, an administrator)
 * @param totals how many cells have each status, for the legend
 */
public record DirectiveBoard(DirectiveView directive, int year, List<Integer> years, List<Column> columns,
    List<Row> rows, boolean canRemind, Map<CellStatus, Long> totals) {

  /** What a cell says; every status has its own colour and its own words (never the colour alone). */
  public enum CellStatus {
    /** Sent by its due date. */
    ON_TIME,
    /** Sent after its due date. */
    LATE,
    /** Its due date has passed and it has not been sent. */
    MISSING,
    /** The plan was returned for revision. */
    RETURNED,
    /** Not due yet (the round may not be open). */
    NOT_DUE,
    /** The round passed before the directive was followed up here: nothing was asked of the unit. */
    NOT_REQUESTED
  }

  /**
   * A column: key "plan", or a report period (2026-Q1 .. 2026-Q3, 2026 for the year); header names it on the page
   * (plan, q1, q2, q3, year).
   */
  public record Column(String key, String header) {

    public boolean isPlan() {
      return PLAN.equals(key);
    }
  }

  public static final String PLAN = "plan";

  /**
   * @param late whether the unit has an open task past its due date (what the Ban Dân vận reminds of)
   * @param reminded the last time the coordinating board reminded the unit by hand, or null
   */
  public record Row(AssignmentView unit, List<Cell> cells, boolean late, Reminded reminded) {
  }

  /**
   * @param workingDaysLate working days between the due date and the day it was sent (LATE) or today (MISSING)
   * @param note a few words more: the plan awaits review, was accepted
   * @param taskId the unit's open task for it, if any
   * @param link where the cell leads: the open task, else the unit's file, else nowhere
   */
  public record Cell(Column column, CellStatus status, LocalDate dueOn, Instant submittedAt, int workingDaysLate,
      String note, String taskId, String link) {
  }

  /** Who reminded and when (the name as pages show it). */
  public record Reminded(String by, Instant at) {
  }
}
