package vn.danvan.workflow.notification;

/** What an in-app notification is about; stored by name in {@code notification.kind}. */
public enum NotificationKind {
  /** A task's reminder some working days before its due date. */
  BEFORE_DUE,
  /** A task's reminder on its due date. */
  ON_DUE,
  /** An overdue task, to the supervising body or the member in charge. */
  ESCALATION,
  /** The daily digest of a user's tasks. */
  DIGEST,
  /** A reminder a process draws itself (a directive's late plan or report, a reviewer's timer). */
  REMINDER,
  /** A unit was assigned a directive's plan. */
  ASSIGNMENT,
  /** A consolidated report was sent. */
  REPORT,
  /** A reward proposal was forwarded to the upper level. */
  FORWARDED,
  /** A file was returned to its unit once, with all that is missing. */
  RETURNED,
  /** A unit's model was rewarded: the decision, told to the unit. */
  REWARDED
}
