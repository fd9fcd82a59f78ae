package vn.danvan.workflow.reminder;

import vn.danvan.workflow.notification.NotificationKind;

/**
 * What a reminder says; together with the task and the day it is the reminder's identity. Also the kind of the
 * in-app notification it leaves.
 */
public enum ReminderKind {
  /** Some working days before the due date, to whoever holds the task. */
  BEFORE_DUE,
  /** On the due date, to whoever holds the task. */
  ON_DUE,
  /** Overdue: to the supervising body, repeated at a set interval until the task is done. */
  ESCALATION,
  /** Each working-day morning, to one user: their tasks overdue, due today and due soon (not one task's). */
  DIGEST,
  /** Asked for by a person (the Ban Dân vận's "Nhắc" on the directive board), to whoever holds the task. */
  REQUESTED;

  /** The kind of the in-app notification this reminder leaves. */
  public NotificationKind notificationKind() {
    return this == REQUESTED ? NotificationKind.REMINDER : NotificationKind.valueOf(name());
  }
}
