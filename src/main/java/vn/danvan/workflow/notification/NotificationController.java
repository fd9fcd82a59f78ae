package vn.danvan.workflow.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.PageView;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  private final NotificationRepository notifications;

  private final Clock clock;

  NotificationController(NotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  record NotificationView(Long id, NotificationKind kind, String message, String taskId, Long modelId, Instant createdAt,
      Instant readAt) {

    static NotificationView of(Notification n) {
      return new NotificationView(n.getId(), n.getKind(), n.getMessage(), n.getTaskId(), n.getModelId(),
          n.getCreatedAt(), n.getReadAt());
    }
  }

  @GetMapping
  @Transactional(readOnly = true)
  PageView<NotificationView> mine(@RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return PageView.of(notifications.forCaller(Caller.current(), unread, PageRequest.of(page, size)),
        NotificationView::of);
  }

  /** A group notification read by one member counts as read for the group: the reminder has been seen. */
  @PostMapping("/{id}/read")
  @Transactional
  NotificationView markRead(@PathVariable long id) {
    Notification notification = notifications.findForCaller(id, Caller.current())
        .orElseThrow(() -> ApiException.notFound("thông báo", id));
    notification.markRead(clock.instant());
    return NotificationView.of(notification);
  }
}
