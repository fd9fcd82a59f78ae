package vn.danvan.workflow.model;

/** Where a model stands; kept in step with its process by the delegates. */
public enum ModelStatus {
  SUBMITTED, RETURNED, REJECTED, REGISTERED,
  /** Rated in the yearly evaluation and kept. */
  EVALUATED,
  /** Recognised at a level by the competent body. */
  RECOGNISED,
  /** Granted a reward (Giấy khen, Bằng khen...). */
  REWARDED,
  /** Removed at a yearly review, with a reason. */
  REMOVED;

  /** Still in the movement: evaluated again in each yearly campaign. */
  public boolean isActive() {
    return this == REGISTERED || this == EVALUATED || this == RECOGNISED || this == REWARDED;
  }
}
