package vn.danvan.workflow.notification;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one way a step leaves an in-app notification (GET /api/notifications): to a user or, with no user, to
 * everyone in a group; stamped with the engine's clock, the text fitted to the column.
 */
@Component
public class Notifications {

  /** The {@code notification.message} column. */
  public static final int MAX_LENGTH = 1000;

  private final NotificationRepository notifications;

  public Notifications(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  public void send(String user, String group, NotificationKind kind, String taskId, Long modelId, String message) {
    notifications.save(new Notification(user, group, kind, taskId, modelId, fit(message),
        ClockUtil.getCurrentTime().toInstant()));
  }

  /** A text that fits the column however long a title in it is, cut with an ellipsis. */
  public static String fit(String message) {
    return message == null || message.length() <= MAX_LENGTH ? message
        : message.substring(0, MAX_LENGTH - 1) + "…";
  }
}
