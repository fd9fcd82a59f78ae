package vn.danvan.workflow.document;

/** An issued document stands until an administrator revokes it, with a reason. */
public enum DocumentStatus {
  VALID, REVOKED
}
