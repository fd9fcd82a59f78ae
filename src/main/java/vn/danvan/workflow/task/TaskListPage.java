package vn.danvan.workflow.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.security.DisplayNames;

/**
 * "Công việc" (/cong-viec): the views officials know (Việc của tôi, Việc của đơn vị, Quá hạn, Sắp đến hạn), each
 * with its count, filtered (unit among those the user sees, field, year), sorted and paged by the read model behind
 * GET /api/tasks (the same query and rules of who sees what). Due dates say how many working days are left. Plan
 * reviews carry a checkbox: "Chấp thuận các kế hoạch đã chọn" accepts them one by one ({@link BulkAcceptance}) and
 * shows which were done and why the others were not.
 */
@PortalPage
class TaskListPage {

  /** Due soon: within this many working days. */
  static final int SOON = 3;
  private static final int SIZE = 20;

  enum View { mine, unit, overdue, soon }

  private final TaskQueries queries;
  private final MyTasks myTasks;
  private final UnitDirectory directory;
  private final UnitRepository units;
  private final WorkingDayCalendar calendar;
  private final BulkAcceptance bulk;
  private final DisplayNames names;
  private final Clock clock;

  TaskListPage(TaskQueries queries, MyTasks myTasks, UnitDirectory directory, UnitRepository units,
      WorkingDayCalendar calendar, BulkAcceptance bulk, DisplayNames names, Clock clock) {
    this.queries = queries;
    this.myTasks = myTasks;
    this.directory = directory;
    this.units = units;
    this.calendar = calendar;
    this.bulk = bulk;
    this.names = names;
    this.clock = clock;
  }

  /**
   * A row with its due date in words: "còn 2 ngày làm việc", "quá 1 ngày làm việc", null without a due date;
   * {@code bulk}: a plan review, selectable for bulk acceptance; {@code onBehalfName}: "thay cho …".
   */
  record Line(TaskRow task, boolean late, int workingDays, boolean bulk, String onBehalfName) {

    public String fieldLabel() {
      try {
        return task.field() == null ? "" : vn.danvan.workflow.model.Field.valueOf(task.field()).label();
      } catch (IllegalArgumentException e) {
        return task.field();
      }
    }
  }

  /** A unit the filter offers. */
  record UnitOption(String id, String name) {
  }

  @GetMapping("/cong-viec")
  String list(@RequestParam(defaultValue = "mine") View view, @RequestParam(required = false) String unitId,
      @RequestParam(required = false) String field, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "due") TaskQueries.Sort sort,
      @RequestParam(defaultValue = "0") int page, Model model) {
    Caller caller = Caller.current();
    TaskQueries.Viewer viewer = myTasks.viewer(caller);
    String unit = unitId == null || unitId.isBlank() ? null : unitId;
    String fieldFilter = field == null || field.isBlank() ? null : field;
    String text = q == null || q.isBlank() ? null : q.strip();
    Map<View, Long> counts = new LinkedHashMap<>();
    for (View each : View.values()) {
      counts.put(each, queries.page(viewer, filter(each, unit, fieldFilter, year, text, sort), 0, 1).total());
    }
    int current = Math.max(0, page);
    TaskQueries.Page found = queries.page(viewer, filter(view, unit, fieldFilter, year, text, sort), current, SIZE);
    LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
    List<Line> lines = found.rows().stream().map(row -> line(row, today)).toList();
    model.addAttribute("lines", lines);
    model.addAttribute("bulkRows", lines.stream().anyMatch(Line::bulk));
    model.addAttribute("counts", counts);
    model.addAttribute("view", view);
    model.addAttribute("unitId", unit);
    model.addAttribute("field", fieldFilter);
    model.addAttribute("year", year);
    model.addAttribute("q", text);
    model.addAttribute("sort", sort);
    model.addAttribute("page", current);
    model.addAttribute("pages", Math.max(1, (found.total() + SIZE - 1) / SIZE));
    model.addAttribute("total", found.total());
    model.addAttribute("fields", vn.danvan.workflow.model.Field.values());
    model.addAttribute("units", unitOptions(caller));
    return "task/list";
  }

  /** Accepts the selected plan reviews, each on its own, and reports each one. */
  @PostMapping("/cong-viec/chap-thuan")
  String acceptSelected(@RequestParam(name = "taskId", required = false) List<String> taskIds,
      @RequestParam(required = false) String comment, Model model, Locale locale) {
    if (taskIds == null || taskIds.isEmpty()) {
      model.addAttribute("result", null);
      return "task/bulk";
    }
    model.addAttribute("result", bulk.accept(Caller.current(), taskIds, comment, Map.of(), locale));
    return "task/bulk";
  }

  /** The units the caller sees (all for an administrator), by name: a filter among them never widens the list. */
  private List<UnitOption> unitOptions(Caller caller) {
    List<Unit> seen = caller.isAdmin() ? units.findAll() : units.findAllById(directory.visibleUnitIds(caller.groups()));
    return seen.stream().map(u -> new UnitOption(u.getId(), u.getName()))
        .sorted(Comparator.comparing(UnitOption::name)).toList();
  }

  private TaskQueries.Filter filter(View view, String unitId, String field, Integer year, String text,
      TaskQueries.Sort sort) {
    return switch (view) {
      case mine -> new TaskQueries.Filter(TaskQueries.Scope.mine, null, null, unitId, field, null, null, sort, year,
          text);
      case unit -> new TaskQueries.Filter(TaskQueries.Scope.group, null, null, unitId, field, null, null, sort, year,
          text);
      case overdue -> new TaskQueries.Filter(TaskQueries.Scope.todo, true, null, unitId, field, null, null, sort,
          year, text);
      case soon -> new TaskQueries.Filter(TaskQueries.Scope.todo, false, null, unitId, field,
          calendar.plusWorkingDays(LocalDate.now(clock.withZone(VietnamTime.ZONE)), SOON + 1)
              .atStartOfDay(VietnamTime.ZONE).toInstant(), null, sort, year, text);
    };
  }

  private Line line(TaskRow row, LocalDate today) {
    boolean selectable = bulk.acceptable(row);
    String onBehalf = row.onBehalfOf() == null ? null : names.of(row.onBehalfOf());
    if (row.due() == null) {
      return new Line(row, false, 0, selectable, onBehalf);
    }
    LocalDate due = row.due().atZone(VietnamTime.ZONE).toLocalDate();
    boolean late = row.due().isBefore(clock.instant());
    int days = due.isBefore(today) ? calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
    return new Line(row, late, days, selectable, onBehalf);
  }
}
