package vn.danvan.workflow.reform;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan changes (the dry run) or changed (after execution): the units created, closed, moved, and every
 * record handed from an old unit to its successor, by kind, with the counts.
 */
public record ReformPreview(LocalDate effectiveOn, boolean executed, List<UnitStep> units,
    Map<String, Long> counts, List<Move> moves) {

  /** What happens to a unit: CREATE, CLOSE (with its successor), PLACE_UNDER (a new parent), OVERSEE (a new area). */
  public record UnitStep(String action, String unitId, String unitName, String otherId, String otherName) {
  }

  /**
   * One record handed over: kind MODEL, EVIDENCE, TASK, REMINDER_JOB, ASSIGNMENT, UNIT_REPORT, DIRECTIVE_TASK,
   * PETITION, MEMBERSHIP, AUTHORITY or VARIABLE. {@code kept} when it stays with the old unit for history (its successor already
   * has one of the same kind, e.g. a plan for the same directive).
   */
  public record Move(String kind, String id, String label, String fromUnitId, String toUnitId, boolean kept) {
  }

  /** The same, with these moves and their counts by kind (every kind listed, 0 when none). */
  ReformPreview withMoves(List<Move> found) {
    Map<String, Long> byKind = new LinkedHashMap<>();
    KINDS.forEach(kind -> byKind.put(kind, found.stream().filter(m -> m.kind().equals(kind) && !m.kept()).count()));
    byKind.put("KEPT", found.stream().filter(Move::kept).count());
    return new ReformPreview(effectiveOn, executed, units, byKind, List.copyOf(found));
  }

  static final List<String> KINDS = List.of("MODEL", "EVIDENCE", "TASK", "REMINDER_JOB", "VARIABLE", "ASSIGNMENT",
      "UNIT_REPORT", "DIRECTIVE_TASK", "PETITION", "MEMBERSHIP", "AUTHORITY");
}
