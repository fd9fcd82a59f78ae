package vn.danvan.workflow.portal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.notification.NotificationRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.task.MyTasks;

/**
 * "Trang của tôi": the person's open tasks (due dates, overdue in red), the models of the units they see by
 * status, and their unread notifications.
 */
@PortalPage
class HomePage {

  private final MyTasks tasks;
  private final ModelRepository models;
  private final UnitDirectory directory;
  private final NotificationRepository notifications;

  HomePage(MyTasks tasks, ModelRepository models, UnitDirectory directory, NotificationRepository notifications) {
    this.tasks = tasks;
    this.models = models;
    this.directory = directory;
    this.notifications = notifications;
  }

  @GetMapping("/")
  @Transactional(readOnly = true)
  String home(Model page) {
    Caller caller = Caller.current();
    page.addAttribute("tasks", tasks.todo(caller, 20));
    page.addAttribute("statusCounts", statusCounts(caller));
    page.addAttribute("notifications", notifications.forCaller(caller, true, PageRequest.of(0, 5)).getContent());
    return "portal/home";
  }

  /** Every status in the movement's order, zero where there are none, so the table reads the same each time. */
  private Map<ModelStatus, Long> statusCounts(Caller caller) {
    Map<ModelStatus, Long> counts = new EnumMap<>(ModelStatus.class);
    Arrays.stream(ModelStatus.values()).forEach(status -> counts.put(status, 0L));
    Set<String> units = caller.isAdmin() ? null : directory.visibleUnitIds(caller.groups());
    if (units != null && units.isEmpty()) {
      return counts;
    }
    (units == null ? models.countByStatus() : models.countByStatus(units))
        .forEach(row -> counts.put(row.getStatus(), row.getCount()));
    return counts;
  }
}
