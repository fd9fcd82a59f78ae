package vn.danvan.workflow.migration;

/** What a migration does with the due dates of the open tasks it moves; the administrator chooses. */
public enum DueDates {
  /** Each task keeps the due date it was given under the source version. */
  KEEP,
  /** Each task's due date is the target version's limit, counted from when the task was created. */
  RECOMPUTE
}
