package vn.danvan.workflow.reminder;

import vn.danvan.workflow.notification.Notification;
import vn.danvan.workflow.notification.NotificationRepository;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * "Thông báo": the in-app reminders and digests of GET /api/notifications, newest first, each linked to its task
 * and model; "Đã đọc" marks one read (htmx swaps the line; without script the form posts and the page reloads).
 */
@PortalPage
class NotificationPage {

  static final int SIZE = 20;

  private final NotificationRepository notifications;

  NotificationPage(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/thong-bao")
  @Transactional(readOnly = true)
  String list(@RequestParam(name = "trang", defaultValue = "1") int pageNumber,
      @RequestParam(name = "chua-doc", defaultValue = "false") boolean unreadOnly, Model page) {
    int index = Math.max(1, pageNumber) - 1;
    page.addAttribute("notifications", notifications.forCaller(Caller.current(), unreadOnly,
        PageRequest.of(index, SIZE)));
    page.addAttribute("unreadOnly", unreadOnly);
    return "reminder/notifications";
  }

  @PostMapping("/thong-bao/{id}/da-doc")
  @HxRequest
  @Transactional
  String markReadInPlace(@PathVariable long id, Model page) {
    page.addAttribute("n", read(id));
    return "reminder/notifications :: item";
  }

  @PostMapping("/thong-bao/{id}/da-doc")
  @Transactional
  String markRead(@PathVariable long id) {
    read(id);
    return "redirect:/thong-bao";
  }

  /** The same rule as POST /api/notifications/{id}/read: one's own or one's group's, else 404. */
  private Notification read(long id) {
    Notification notification = notifications.findForCaller(id, Caller.current())
        .orElseThrow(() -> ApiException.notFound("thông báo", id));
    notification.markRead(ClockUtil.getCurrentTime().toInstant());
    return notification;
  }
}
