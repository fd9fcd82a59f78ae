package vn.danvan.workflow.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;

/**
 * "Công việc" (/cong-viec): the views officials know (Việc của tôi, Việc của đơn vị, Quá hạn, Sắp đến hạn), each
 * with its count, filtered, sorted and paged by the read model behind GET /api/tasks (the same rules of who sees
 * what). Due dates say how many working days are left.
 */
@PortalPage
class TaskListPage {

  /** Due soon: within this many working days. */
  static final int SOON = 3;
  private static final int SIZE = 20;

  enum View { mine, unit, overdue, soon }

  private final TaskQueries queries;
  private final UnitDirectory directory;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  TaskListPage(TaskQueries queries, UnitDirectory directory, WorkingDayCalendar calendar, Clock clock) {
    this.queries = queries;
    this.directory = directory;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** A row with its due date in words: "còn 2 ngày làm việc", "quá 1 ngày làm việc", null without a due date. */
  record Line(TaskRow task, boolean late, int workingDays) {

    public String fieldLabel() {
      try {
        return task.field() == null ? "" : vn.danvan.workflow.model.Field.valueOf(task.field()).label();
      } catch (IllegalArgumentException e) {
        return task.field();
      }
    }
  }

  @GetMapping("/cong-viec")
  String list(@RequestParam(defaultValue = "mine") View view, @RequestParam(required = false) String unitId,
      @RequestParam(required = false) String field, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "due") TaskQueries.Sort sort, @RequestParam(defaultValue = "0") int page,
      Model model) {
    Caller caller = Caller.current();
    TaskQueries.Viewer viewer = new TaskQueries.Viewer(caller.username(), caller.groups(),
        caller.isAdmin() ? Set.of() : directory.visibleUnitIds(caller.groups()), caller.isAdmin());
    String unit = unitId == null || unitId.isBlank() ? null : unitId;
    String fieldFilter = field == null || field.isBlank() ? null : field;
    String text = q == null || q.isBlank() ? null : q.strip();
    Map<View, Long> counts = new LinkedHashMap<>();
    for (View each : View.values()) {
      counts.put(each, queries.page(viewer, filter(each, unit, fieldFilter, text, sort), 0, 1).total());
    }
    int current = Math.max(0, page);
    TaskQueries.Page found = queries.page(viewer, filter(view, unit, fieldFilter, text, sort), current, SIZE);
    LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
    model.addAttribute("lines", found.rows().stream().map(row -> line(row, today)).toList());
    model.addAttribute("counts", counts);
    model.addAttribute("view", view);
    model.addAttribute("unitId", unit);
    model.addAttribute("field", fieldFilter);
    model.addAttribute("q", text);
    model.addAttribute("sort", sort);
    model.addAttribute("page", current);
    model.addAttribute("pages", Math.max(1, (found.total() + SIZE - 1) / SIZE));
    model.addAttribute("total", found.total());
    model.addAttribute("fields", vn.danvan.workflow.model.Field.values());
    return "task/list";
  }

  private TaskQueries.Filter filter(View view, String unitId, String field, String text, TaskQueries.Sort sort) {
    return switch (view) {
      case mine -> new TaskQueries.Filter(TaskQueries.Scope.mine, null, null, unitId, field, null, null, sort, text);
      case unit -> new TaskQueries.Filter(TaskQueries.Scope.group, null, null, unitId, field, null, null, sort, text);
      case overdue -> new TaskQueries.Filter(TaskQueries.Scope.todo, true, null, unitId, field, null, null, sort,
          text);
      case soon -> new TaskQueries.Filter(TaskQueries.Scope.todo, false, null, unitId, field,
          calendar.plusWorkingDays(LocalDate.now(clock.withZone(VietnamTime.ZONE)), SOON + 1)
              .atStartOfDay(VietnamTime.ZONE).toInstant(), null, sort, text);
    };
  }

  private Line line(TaskRow row, LocalDate today) {
    if (row.due() == null) {
      return new Line(row, false, 0);
    }
    LocalDate due = row.due().atZone(VietnamTime.ZONE).toLocalDate();
    boolean late = row.due().isBefore(clock.instant());
    int days = due.isBefore(today) ? calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
    return new Line(row, late, days);
  }
}
