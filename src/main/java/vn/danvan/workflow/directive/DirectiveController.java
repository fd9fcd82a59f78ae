package vn.danvan.workflow.directive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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
import vn.danvan.workflow.web.PageView;

/**
 * Directives: anyone sees the directives that concern units they may see, with the assignments of those units;
 * only a board that coordinates follow-up (danvan.directives.editor-groups, by default the Ban Dân vận) or an
 * administrator issues one.
 */
@RestController
@RequestMapping("/api/directives")
class DirectiveController {

  private final Directives issuing;
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

  DirectiveController(Directives issuing, DirectiveRepository directives, DirectiveTaskRepository tasks,
      AssignmentRepository assignments, UnitReportRepository reports, ConsolidatedReportRepository consolidated,
      MembersInCharge members, UnitRepository units, UnitDirectory directory,
      DirectiveSettings settings, Clock clock) {
    this.clock = clock;
    this.issuing = issuing;
    this.directives = directives;
    this.tasks = tasks;
    this.assignments = assignments;
    this.reports = reports;
    this.consolidated = consolidated;
    this.members = members;
    this.units = units;
    this.directory = directory;
    this.editorGroups = settings.editorGroups();
  }

  record Issued(Long id, String processInstanceId) {
  }

  @PostMapping
  ResponseEntity<Issued> issue(@Valid @RequestBody DirectiveRequest request) {
    Caller caller = Caller.current();
    String coordinator = request.coordinatorId();
    if (coordinator == null) {
      coordinator = editorGroups.stream().filter(caller::belongsTo).findFirst()
          .orElseThrow(() -> caller.isAdmin()
              ? new ApiException(HttpStatus.BAD_REQUEST, "invalid-directive",
                  "Cần ghi rõ coordinatorId / coordinatorId is required")
              : ApiException.forbidden());
    }
    if (!caller.isAdmin() && !(editorGroups.contains(coordinator) && caller.belongsTo(coordinator))) {
      throw ApiException.forbidden();
    }
    Directive directive = issuing.issue(request, coordinator, caller.username());
    return ResponseEntity.created(URI.create("/api/directives/" + directive.getId()))
        .body(new Issued(directive.getId(), directive.getProcessInstanceId()));
  }

  @GetMapping
  @Transactional(readOnly = true)
  PageView<Summary> list(@RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    Caller caller = Caller.current();
    Set<String> visible = directory.visibleUnitIds(caller.groups());
    Map<String, String> names = names(units.findAll());
    List<Summary> all = directives.findAll().stream()
        .sorted(Comparator.comparing(Directive::getId).reversed())
        .map(d -> {
          List<Assignment> assigned = assignments.findByDirectiveIdOrderByUnitId(d.getId());
          boolean concerns = caller.isAdmin() || visible.contains(d.getIssuerId())
              || visible.contains(d.getCoordinatorId()) || assigned.stream().anyMatch(a -> visible.contains(a.getUnitId()));
          return concerns ? new Summary(d.getId(), d.getNumber(), d.getIssuedOn(), names.get(d.getIssuerId()),
              d.getTitle(), d.getPlanDue(), assigned.size(),
              assigned.stream().filter(a -> a.getPlanStatus() == PlanStatus.ACCEPTED).count()) : null;
        })
        .filter(java.util.Objects::nonNull)
        .toList();
    int from = Math.min(page * size, all.size());
    return new PageView<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  DirectiveView get(@PathVariable long id) {
    Caller caller = Caller.current();
    Directive d = directives.findById(id).orElseThrow(() -> ApiException.notFound("chỉ thị", id));
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

  /** The consolidated report's PDF as it was sent. */
  @GetMapping("/{id}/reports/{period}/document")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String period) {
    get(id); // the same visibility as the directive
    ConsolidatedReport report = consolidated.findByDirectiveIdAndPeriod(id, period)
        .orElseThrow(() -> ApiException.notFound("báo cáo tổng hợp", period));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(report.getDocumentName()).build().toString())
        .body(report.getDocumentPdf());
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
