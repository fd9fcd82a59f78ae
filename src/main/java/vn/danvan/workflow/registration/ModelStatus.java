package vn.danvan.workflow.registration;

/** Where a model stands; kept in step with its process by the delegates. */
public enum ModelStatus {
  SUBMITTED, RETURNED, REJECTED, REGISTERED
}
