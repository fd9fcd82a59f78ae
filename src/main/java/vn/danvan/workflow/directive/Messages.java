package vn.danvan.workflow.directive;

/** Notification texts fit the notification table (1000 characters) however long a directive's title is. */
final class Messages {

  static final int MAX = 1000;

  private Messages() {
  }

  static String fit(String message) {
    return message.length() <= MAX ? message : message.substring(0, MAX - 1) + "…";
  }
}
