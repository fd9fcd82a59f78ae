package vn.danvan.workflow.directive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.directive.DirectiveBoard.Cell;
import vn.danvan.workflow.directive.DirectiveBoard.CellStatus;
import vn.danvan.workflow.directive.DirectiveBoard.Column;
import vn.danvan.workflow.directive.DirectiveBoard.Reminded;
import vn.danvan.workflow.directive.DirectiveBoard.Row;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;
import vn.danvan.workflow.directive.DirectiveView.AssignmentView;
import vn.danvan.workflow.directive.DirectiveView.ReportStatusView;
import vn.danvan.workflow.directive.ReportingSchedule.Round;
import vn.danvan.workflow.reminder.RequestedReminders;
import vn.danvan.workflow.report.Period;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.security.DisplayNames;
import vn.danvan.workflow.web.ApiException;

/**
 * Builds the directive board from what GET /api/directives/{id} shows the caller ({@link DirectiveViews}), the
 * reporting schedule and the units' open tasks; and sends the coordinating board's "Nhắc" to a late unit through
 * the reminders' own delivery ({@link RequestedReminders}), recording who reminded and when.
 */
@Component
class DirectiveBoards {

  /** What a "Nhắc" did. */
  enum Outcome { SENT, ALREADY_TODAY, NOTHING_LATE }

  record Reminding(Outcome outcome, String unitName, List<String> items, Reminded reminded) {
  }

  /** A line of the list of directives: how far the units are. */
  record Progress(DirectiveView.Summary summary, long plansSent, long plansMissing, long reportsSent) {
  }

  /** One unit's plan and reports as it sent them. */
  record UnitFile(DirectiveView directive, AssignmentView unit, List<UnitReport> reports) {
  }

  private final DirectiveViews views;
  private final DirectiveRepository directives;
  private final AssignmentRepository assignments;
  private final UnitReportRepository unitReports;
  private final ConsolidatedReportRepository consolidated;
  private final DirectiveReminderRepository reminders;
  private final TaskService tasks;
  private final RequestedReminders requested;
  private final DisplayNames names;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  DirectiveBoards(DirectiveViews views, DirectiveRepository directives, AssignmentRepository assignments,
      UnitReportRepository unitReports, ConsolidatedReportRepository consolidated,
      DirectiveReminderRepository reminders, TaskService tasks, RequestedReminders requested, DisplayNames names,
      WorkingDayCalendar calendar, Clock clock) {
    this.views = views;
    this.directives = directives;
    this.assignments = assignments;
    this.unitReports = unitReports;
    this.consolidated = consolidated;
    this.reminders = reminders;
    this.tasks = tasks;
    this.requested = requested;
    this.names = names;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** An open plan or report task of a unit: item is "plan" or the report's period. */
  record OpenTask(String id, String unitId, String item, Instant due) {
  }

  /** The directives the caller sees (as GET /api/directives), with how many plans are in and how many late. */
  List<Progress> list(Caller caller) {
    LocalDate today = LocalDate.now(clock);
    return views.summaries(caller).stream().map(summary -> {
      List<Assignment> all = assignments.findByDirectiveIdOrderByUnitId(summary.id());
      long sent = all.stream().filter(a -> a.getPlanSubmittedAt() != null).count();
      long missing = all.stream()
          .filter(a -> a.getPlanSubmittedAt() == null && today.isAfter(summary.planDue())).count();
      return new Progress(summary, sent, missing, consolidated.findByDirectiveIdOrderBySentAt(summary.id()).size());
    }).toList();
  }

  /** A unit's plan and reports, to whoever sees the unit on the directive; else 404. */
  UnitFile unitFile(long id, String unitId, Caller caller) {
    DirectiveView view = views.view(id, caller);
    AssignmentView unit = view.assignments().stream().filter(a -> a.unitId().equals(unitId)).findFirst()
        .orElseThrow(() -> ApiException.notFound("đơn vị", unitId));
    List<UnitReport> sent = unitReports.findByDirectiveIdOrderByDueOnAscUnitIdAsc(id).stream()
        .filter(r -> r.getUnitId().equals(unitId) && r.getSubmittedAt() != null).toList();
    return new UnitFile(view, unit, sent);
  }

  /**
   * The board for one of the directive's years (the current one, kept within the directive's years, when none
   * is asked for). @throws ApiException 404 as GET /api/directives/{id}
   */
  DirectiveBoard board(long id, Integer year, Caller caller) {
    DirectiveView view = views.view(id, caller);
    Directive directive = directives.findById(id).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    List<Integer> years = IntStream.rangeClosed(directive.getReportFromYear(), directive.getReportToYear())
        .boxed().toList();
    int shown = year != null && years.contains(year) ? year
        : Math.max(directive.getReportFromYear(), Math.min(directive.getReportToYear(), today.getYear()));
    List<Column> columns = List.of(new Column(DirectiveBoard.PLAN, "plan"),
        new Column(Period.quarter(shown, 1).code(), "q1"), new Column(Period.quarter(shown, 2).code(), "q2"),
        new Column(Period.quarter(shown, 3).code(), "q3"), new Column(Period.year(shown).code(), "year"));
    Map<String, Round> rounds = new HashMap<>();
    directive.schedule(calendar).rounds().forEach(r -> rounds.put(r.period().code(), r));
    Map<String, List<OpenTask>> open = openTasks(directive);
    Map<String, Reminded> lastReminded = new HashMap<>();
    for (DirectiveReminder r : reminders.findByDirectiveIdOrderByRemindedAtDesc(id)) {
      lastReminded.putIfAbsent(r.getUnitId(), new Reminded(names.of(r.getRemindedBy()), r.getRemindedAt()));
    }
    Map<CellStatus, Long> totals = new EnumMap<>(CellStatus.class);
    for (CellStatus status : CellStatus.values()) {
      totals.put(status, 0L);
    }
    List<Row> rows = new ArrayList<>();
    for (AssignmentView unit : view.assignments()) {
      List<OpenTask> unitTasks = open.getOrDefault(unit.unitId(), List.of());
      List<Cell> cells = new ArrayList<>();
      for (Column column : columns) {
        Cell cell = column.isPlan() ? planCell(id, unit, column, unitTasks, today)
            : reportCell(id, unit, column, rounds.get(column.key()), unitTasks, today);
        totals.merge(cell.status(), 1L, Long::sum);
        cells.add(cell);
      }
      boolean late = unitTasks.stream().anyMatch(t -> t.due() != null && t.due().isBefore(now));
      rows.add(new Row(unit, cells, late, lastReminded.get(unit.unitId())));
    }
    return new DirectiveBoard(view, shown, years, columns, rows, views.manages(directive, caller), totals);
  }

  /**
   * The coordinating board reminds a unit of everything it has open past its due date: its holders get the
   * reminder in-app (and by e-mail where the task's reminder policy would send one), at most once a day per task.
   *
   * @throws ApiException 404 when the caller does not see the directive or the unit on it, 403 when they see it
   *     but do not coordinate it
   */
  Reminding remind(long id, String unitId, Caller caller) {
    DirectiveView view = views.view(id, caller);
    AssignmentView unit = view.assignments().stream().filter(a -> a.unitId().equals(unitId)).findFirst()
        .orElseThrow(() -> ApiException.notFound("đơn vị", unitId));
    Directive directive = directives.findById(id).orElseThrow();
    if (!views.manages(directive, caller)) {
      throw ApiException.forbidden();
    }
    Instant now = clock.instant();
    List<OpenTask> late = openTasks(directive).getOrDefault(unitId, List.of()).stream()
        .filter(t -> t.due() != null && t.due().isBefore(now)).toList();
    if (late.isEmpty()) {
      return new Reminding(Outcome.NOTHING_LATE, unit.unitName(), List.of(), null);
    }
    String requester = names.of(caller.username());
    List<String> items = new ArrayList<>();
    for (OpenTask task : late) {
      if (requested.remind(task.id(), requester + " (" + view.coordinator().name() + ")")) {
        items.add(task.item());
      }
    }
    if (items.isEmpty()) {
      return new Reminding(Outcome.ALREADY_TODAY, unit.unitName(), List.of(), null);
    }
    reminders.save(new DirectiveReminder(id, unitId, String.join(",", items), caller.username(), now));
    return new Reminding(Outcome.SENT, unit.unitName(), items, new Reminded(requester, now));
  }

  private Cell planCell(long id, AssignmentView unit, Column column, List<OpenTask> open, LocalDate today) {
    DirectiveView.PlanView plan = unit.plan();
    OpenTask task = open.stream().filter(t -> DirectiveBoard.PLAN.equals(t.item())).findFirst().orElse(null);
    CellStatus status = switch (plan.status()) {
      case RETURNED -> CellStatus.RETURNED;
      case PENDING -> plan.late() ? CellStatus.MISSING : CellStatus.NOT_DUE;
      case SUBMITTED, ACCEPTED -> plan.late() ? CellStatus.LATE : CellStatus.ON_TIME;
    };
    String note = switch (plan.status()) {
      case SUBMITTED -> "SUBMITTED";
      case ACCEPTED -> "ACCEPTED";
      default -> null;
    };
    return new Cell(column, status, plan.dueOn(), plan.submittedAt(),
        daysLate(plan.dueOn(), plan.submittedAt(), plan.late(), today), note, task == null ? null : task.id(),
        link(id, unit.unitId(), task, plan.submittedAt() != null));
  }

  private Cell reportCell(long id, AssignmentView unit, Column column, Round round, List<OpenTask> open,
      LocalDate today) {
    ReportStatusView report = unit.reports().stream().filter(r -> r.period().equals(column.key())).findFirst()
        .orElse(null);
    OpenTask task = open.stream().filter(t -> column.key().equals(t.item())).findFirst().orElse(null);
    if (report == null) {
      LocalDate due = round == null ? null : round.dueOn();
      boolean ahead = due != null && !today.isAfter(round.consolidateOn());
      return ahead ? new Cell(column, CellStatus.NOT_DUE, due, null, 0, null, null, null)
          : new Cell(column, CellStatus.NOT_REQUESTED, null, null, 0, null, null, null);
    }
    CellStatus status = switch (report.status()) {
      case "ON_TIME" -> CellStatus.ON_TIME;
      case "LATE" -> CellStatus.LATE;
      case "MISSING" -> CellStatus.MISSING;
      default -> CellStatus.NOT_DUE;
    };
    boolean late = status == CellStatus.LATE || status == CellStatus.MISSING;
    return new Cell(column, status, report.dueOn(), report.submittedAt(),
        daysLate(report.dueOn(), report.submittedAt(), late, today), null, task == null ? null : task.id(),
        link(id, unit.unitId(), task, report.submittedAt() != null));
  }

  private int daysLate(LocalDate due, Instant submittedAt, boolean late, LocalDate today) {
    if (!late || due == null) {
      return 0;
    }
    LocalDate until = submittedAt == null ? today : VietnamTime.dayOf(submittedAt);
    return Math.max(0, calendar.workingDaysBetween(due, until));
  }

  private static String link(long id, String unitId, OpenTask task, boolean sent) {
    if (task != null) {
      return "/viec/" + task.id();
    }
    return sent ? "/chi-dao/" + id + "/don-vi/" + unitId : null;
  }

  /** The units' open plan and report tasks of the directive's process, by unit. */
  private Map<String, List<OpenTask>> openTasks(Directive directive) {
    if (directive.getProcessInstanceId() == null) {
      return Map.of();
    }
    List<Task> open = tasks.createTaskQuery().processInstanceId(directive.getProcessInstanceId())
        .taskDefinitionKeyIn(DirectiveProcess.SUBMIT_PLAN, DirectiveProcess.SUBMIT_REPORT).active().list();
    Map<String, List<OpenTask>> byUnit = new LinkedHashMap<>();
    for (Task task : open) {
      // the unit is the multi-instance's element variable, on an execution above the task's
      Map<String, Object> variables = tasks.getVariables(task.getId(), List.of(Vars.UNIT_ID, Vars.PERIOD));
      String unitId = (String) variables.get(Vars.UNIT_ID);
      String item = DirectiveProcess.SUBMIT_PLAN.equals(task.getTaskDefinitionKey()) ? DirectiveBoard.PLAN
          : (String) variables.get(Vars.PERIOD);
      if (unitId != null && item != null) {
        byUnit.computeIfAbsent(unitId, key -> new ArrayList<>()).add(new OpenTask(task.getId(), unitId, item,
            task.getDueDate() == null ? null : task.getDueDate().toInstant()));
      }
    }
    return byUnit;
  }
}
