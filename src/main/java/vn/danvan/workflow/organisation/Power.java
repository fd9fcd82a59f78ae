package vn.danvan.workflow.organisation;

/** What an authority may do over the models of its area. */
public enum Power {
  /** Open the yearly campaign; adjust the self-assessments of the models under the area. */
  EVALUATE,
  /** Decide recognition at this level (the proposer proposes the list, the publicist publicises). */
  RECOGNISE,
  /** Grant one reward form (the proposer is the emulation-reward council that reviews dossiers). */
  REWARD
}
