package vn.danvan.workflow.directive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.directive.DirectiveView.AssignmentView;
import vn.danvan.workflow.directive.DirectiveView.MemberView;
import vn.danvan.workflow.directive.DirectiveView.PlanView;
import vn.danvan.workflow.directive.DirectiveView.ReportStatusView;
import vn.danvan.workflow.directive.DirectiveView.SentReportView;
import vn.danvan.workflow.directive.DirectiveView.Summary;
import vn.danvan.workflow.directive.DirectiveView.TaskUnitView;
import vn.danvan.workflow.directive.DirectiveView.TaskView;
import vn.danvan.workflow.directive.DirectiveView.UnitRef;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.report.Period;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * Who sees which directive and how much of it, for the API (GET /api/directives) and the board (/chi-dao) alike:
 * a directive is seen by whoever sees its issuer, its coordinator or one of its assigned units, with the
 * assignments of the units they see; anything else is 404. Only members of its coordinating board (one of
 * danvan.directives.editor-groups) or an administrator manage it.
 */
@Component
class DirectiveViews {

  private final DirectiveRepository directives;
  private final DirectiveTaskRepository tasks;
  private final AssignmentRepository assignments;
  private final UnitReportRepository reports;
  private final ConsolidatedReportRepository consolidated;
  private final MembersInCharge members;
  private final UnitRepository units;
  private final UnitDirectory directory;
  private final List<String> editorGroups;
  private final Clock clock;

  DirectiveViews(DirectiveRepository directives, DirectiveTaskRepository tasks, AssignmentRepository assignments,
      UnitReportRepository reports, ConsolidatedReportRepository consolidated, MembersInCharge members,
      UnitRepository units, UnitDirectory directory, DirectiveSettings settings, Clock clock) {
    this.directives = directives;
    this.tasks = tasks;
    this.assignments = assignments;
    this.reports = reports;
    this.consolidated = consolidated;
    this.members = members;
    this.units = units;
    this.directory = directory;
    this.editorGroups = settings.editorGroups();
    this.clock = clock;
  }

  List<String> editorGroups() {
    return editorGroups;
  }

  /** The directives that concern the caller, newest first. */
  List<Summary> summaries(Caller caller) {
    Set<String> visible = directory.visibleUnitIds(caller.groups());
    Map<String, String> names = names(units.findAll());
    return directives.findAll().stream()
        .filter(d -> !d.isDraft())
        .sorted(Comparator.comparing(Directive::getId).reversed())
        .map(d -> {
          List<Assignment> assigned = assignments.findByDirectiveIdOrderByUnitId(d.getId());
          boolean concerns = caller.isAdmin() || visible.contains(d.getIssuerId())
              || visible.contains(d.getCoordinatorId()) || assigned.stream().anyMatch(a -> visible.contains(a.getUnitId()));
          return concerns ? new Summary(d.getId(), d.getNumber(), d.getIssuedOn(), names.get(d.getIssuerId()),
              d.getTitle(), d.getPlanDue(), assigned.size(),
              assigned.stream().filter(a -> a.getPlanStatus() == PlanStatus.ACCEPTED).count()) : null;
        })
        .filter(Objects::nonNull)
        .toList();
  }

  /** The directive as the caller may see it. @throws ApiException 404 when it does not concern them */
  DirectiveView view(long id, Caller caller) {
    Directive d = directives.findById(id).filter(issued -> !issued.isDraft())
        .orElseThrow(() -> ApiException.notFound("chỉ thị", id));
    Set<String> visible = directory.visibleUnitIds(caller.groups());
    List<Assignment> mine = assignments.findByDirectiveIdOrderByUnitId(id).stream()
        .filter(a -> caller.isAdmin() || visible.contains(a.getUnitId())).toList();
    if (!caller.isAdmin() && mine.isEmpty() && !visible.contains(d.getIssuerId())
        && !visible.contains(d.getCoordinatorId())) {
      throw ApiException.notFound("chỉ thị", id);
    }
    Map<String, String> names = names(units.findAll());
    LocalDate today = LocalDate.now(clock);
    Map<String, List<UnitReport>> reportsByUnit = reports.findByDirectiveIdOrderByDueOnAscUnitIdAsc(id).stream()
        .collect(Collectors.groupingBy(UnitReport::getUnitId));
    List<TaskView> taskViews = tasks.findByDirectiveIdOrderBySectionAscOrdinalAsc(id).stream()
        .map(t -> new TaskView(t.getId(), t.getSection(), t.getOrdinal(), t.getTitle(), t.getContent(),
            t.getDeadline(), t.getUnits().stream().map(u -> new TaskUnitView(u.getUnitId(),
                names.get(u.getUnitId()), u.getRole(), u.getRole().label())).toList()))
        .toList();
    List<AssignmentView> assignmentViews = mine.stream()
        .map(a -> new AssignmentView(a.getUnitId(), names.get(a.getUnitId()),
            members.of(a.getUnitId()).map(m -> new MemberView(m.getUserId(), m.getFullName(), m.getTitle()))
                .orElse(null),
            new PlanView(a.getPlanStatus(), d.getPlanDue(), a.getPlanNumber(), a.getPlanSummary(),
                a.getPlanSubmittedAt(), a.getPlanAcceptedAt(), a.getReturnReason(),
                late(a.getPlanSubmittedAt(), d.getPlanDue(), today)),
            reportsByUnit.getOrDefault(a.getUnitId(), List.of()).stream()
                .map(r -> new ReportStatusView(r.getPeriod(), Period.parse(r.getPeriod()).label(), r.getDueOn(),
                    r.getSubmittedAt(), status(r, today)))
                .toList()))
        .toList();
    List<SentReportView> sent = consolidated.findByDirectiveIdOrderBySentAt(id).stream()
        .map(c -> new SentReportView(c.getPeriod(), Period.parse(c.getPeriod()).label(), c.getDocumentNumber(),
            c.getSentAt(), c.getSignedBy(), c.getRecipients(),
            "/api/directives/" + id + "/reports/" + c.getPeriod() + "/document"))
        .toList();
    return new DirectiveView(d.getId(), d.getNumber(), d.getIssuedOn(), ref(d.getIssuerId(), names),
        ref(d.getCoordinatorId(), names), d.getTitle(), d.getBasis(), d.getPlanDue(), d.getReportFromYear(),
        d.getReportToYear(), d.getReportDueDay(),
        d.getReportRecipientIds().stream().map(r -> ref(r, names)).toList(), d.getProcessInstanceId(),
        taskViews, assignmentViews, sent);
  }

  /** The consolidated report sent for a period, with the directive's visibility. */
  ConsolidatedReport sentReport(long id, String period, Caller caller) {
    view(id, caller);
    return consolidated.findByDirectiveIdAndPeriod(id, period)
        .orElseThrow(() -> ApiException.notFound("báo cáo tổng hợp", period));
  }

  /** A member of the directive's coordinating board (an editor group), or an administrator. */
  boolean manages(Directive directive, Caller caller) {
    return caller.isAdmin() || (editorGroups.contains(directive.getCoordinatorId())
        && caller.belongsTo(directive.getCoordinatorId()));
  }

  private static boolean late(Instant submittedAt, LocalDate due, LocalDate today) {
    return submittedAt == null ? today.isAfter(due)
        : submittedAt.atZone(VietnamTime.ZONE).toLocalDate().isAfter(due);
  }

  private static String status(UnitReport r, LocalDate today) {
    if (r.getSubmittedAt() == null) {
      return today.isAfter(r.getDueOn()) ? "MISSING" : "OPEN";
    }
    return late(r.getSubmittedAt(), r.getDueOn(), today) ? "LATE" : "ON_TIME";
  }

  private static UnitRef ref(String id, Map<String, String> names) {
    return new UnitRef(id, names.get(id));
  }

  private static Map<String, String> names(Collection<Unit> all) {
    return all.stream().collect(Collectors.toMap(Unit::getId, Unit::getName, (a, b) -> a));
  }
}
