package vn.danvan.workflow.evidence;

/** The step of a model's life a file is evidence for. */
public enum EvidenceStage {
  REGISTRATION, EVALUATION, RECOGNITION, REWARD
}
