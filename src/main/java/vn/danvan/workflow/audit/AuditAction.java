package vn.danvan.workflow.audit;

/** What a change did to its subject; each has its Vietnamese label (audit.action.*). */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE
}
