package vn.danvan.workflow.reward;

/** Where a reward proposal stands. */
public enum RewardStatus {
  /** The unit is preparing the dossier. */
  OPEN,
  SUBMITTED,
  /** Returned once by the council with the full list of what is missing. */
  RETURNED,
  /** The council will not propose it, with a reason. */
  REFUSED,
  /** The council proposes it to the authority of its own level. */
  APPROVED,
  /** Beyond the level's powers: sent to the upper level, whose result is awaited. */
  FORWARDED,
  GRANTED,
  NOT_GRANTED
}
