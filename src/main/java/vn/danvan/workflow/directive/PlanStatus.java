package vn.danvan.workflow.directive;

/** Where a unit's implementation plan stands. */
public enum PlanStatus {
  PENDING, SUBMITTED, RETURNED, ACCEPTED
}
