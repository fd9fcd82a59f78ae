package vn.danvan.workflow.evaluation;

/** Where a model's evaluation of one year stands. */
public enum EvaluationStatus {
  /** Waiting for the unit's self-assessment. */
  OPEN,
  /** Returned to the unit once, with the full list of what is missing. */
  RETURNED,
  /** The unit did not self-assess in time; the reviewer scores alone. */
  LATE,
  SELF_ASSESSED,
  /** Rated by the table; waiting for the yearly review if the table asks for one. */
  RATED,
  KEPT,
  REMOVED
}
