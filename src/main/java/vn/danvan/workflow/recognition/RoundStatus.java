package vn.danvan.workflow.recognition;

/** Where a recognition round (one level, one year) stands. */
public enum RoundStatus {
  /** Candidates listed; the steering committee has not proposed yet. */
  OPEN,
  PROPOSED,
  /** Sent back to the steering committee with the reason. */
  RETURNED,
  DECIDED,
  REJECTED
}
