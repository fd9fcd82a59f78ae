package vn.danvan.workflow.recognition;

/** A model's place in a recognition round. */
public enum CandidateStatus {
  CANDIDATE, PROPOSED, RECOGNISED, NOT_RECOGNISED
}
