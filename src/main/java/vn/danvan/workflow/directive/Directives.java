package vn.danvan.workflow.directive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.audit.Audit;
import vn.danvan.workflow.calendar.TimeLimit;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * Issues a directive: its tasks and assignments saved and its follow-up process started, together or not at all.
 * A directive may first be kept as a draft (no process, no tasks or assignments, what was typed kept as JSON),
 * edited, previewed and then issued; the API and the page (/chi-dao/moi) go through the same checks, the same rule
 * of who may ({@link #coordinatorFor}) and the same audit (kind {@value #KIND}).
 */
@Service
public class Directives {

  static final String KIND = "directive";

  /** Late units are escalated 3 working days after a due date, reports consolidated 7 working days after it. */
  static final TimeLimit ESCALATE_AFTER = TimeLimit.workingDays(3);
  static final TimeLimit CONSOLIDATE_AFTER = TimeLimit.workingDays(7);
  static final int REPORT_DUE_DAY = 20;

  private final DirectiveRepository directives;
  private final DirectiveTaskRepository tasks;
  private final AssignmentRepository assignments;
  private final UnitRepository units;
  private final DirectiveProcess process;
  private final List<String> editorGroups;
  private final Audit audit;
  private final ObjectMapper json;
  private final WorkingDayCalendar calendar;

  Directives(DirectiveRepository directives, DirectiveTaskRepository tasks, AssignmentRepository assignments,
      UnitRepository units, DirectiveProcess process, DirectiveSettings settings, Audit audit, ObjectMapper json,
      WorkingDayCalendar calendar) {
    this.directives = directives;
    this.tasks = tasks;
    this.assignments = assignments;
    this.units = units;
    this.process = process;
    this.editorGroups = settings.editorGroups();
    this.audit = audit;
    this.json = json;
    this.calendar = calendar;
  }

  /** What a request comes to once checked: who receives the reports, which units must plan and report. */
  record Checked(List<String> recipients, List<String> assigned) {
  }

  /** What will be issued: the units and the due dates, in working days. */
  record Preview(List<Named> assigned, LocalDate planDue, TimeLimit escalateAfter, LocalDate planEscalateOn,
      List<ReportingSchedule.Round> rounds, List<Named> recipients) {
  }

  record Named(String id, String name) {
  }

  /** Issues at once, as seeded data does: no caller, no audit. */
  @Transactional
  public Directive issue(DirectiveRequest request, String coordinatorId, String createdBy) {
    Checked checked = check(request, coordinatorId);
    Directive directive = newDirective(request, coordinatorId, createdBy, checked);
    directives.saveAndFlush(directive);
    start(directive, request, checked);
    return directive;
  }

  /** POST /api/directives: issued at once by the caller, under the rule of who may, audited. */
  @Transactional
  public Directive issueAs(Caller caller, DirectiveRequest request) {
    Directive directive = issue(request, coordinatorFor(request, caller, null), caller.username());
    audit.created(KIND, directive.getId(), snapshot(directive, request));
    return directive;
  }

  @Transactional
  public Directive saveDraft(Caller caller, DirectiveRequest request) {
    String coordinator = coordinatorFor(request, caller, null);
    Checked checked = check(request, coordinator);
    Directive directive = directives.saveAndFlush(
        newDirective(request, coordinator, caller.username(), checked).draft(write(request)));
    audit.created(KIND, directive.getId(), snapshot(directive, request));
    return directive;
  }

  @Transactional
  public Directive editDraft(Caller caller, long id, DirectiveRequest request) {
    Directive directive = draft(caller, id);
    Map<String, Object> before = snapshot(directive, request(directive));
    String coordinator = coordinatorFor(request, caller, directive.getCoordinatorId());
    Checked checked = check(request, coordinator);
    directive.redraft(blankAsNull(request.number()), request.issuedOn(), request.issuerId(), coordinator,
        request.title().strip(), blankAsNull(request.basis()), write(request));
    followUp(directive, request, checked);
    Map<String, Object> after = snapshot(directive, request);
    if (!after.equals(before)) {
      audit.updated(KIND, id, before, after);
    }
    return directive;
  }

  /** The draft issued as it stands: checked again, then started as POST /api/directives starts one. */
  @Transactional
  public Directive issueDraft(Caller caller, long id) {
    Directive directive = draft(caller, id);
    DirectiveRequest request = request(directive);
    Map<String, Object> before = snapshot(directive, request);
    start(directive, request, check(request, directive.getCoordinatorId()));
    audit.updated(KIND, id, before, snapshot(directive, request));
    return directive;
  }

  /** A draft the caller may edit. @throws ApiException 404 when there is none, 403 when not theirs to edit */
  @Transactional(readOnly = true)
  public Directive draft(Caller caller, long id) {
    Directive directive = directives.findById(id).filter(Directive::isDraft)
        .orElseThrow(() -> ApiException.notFound("dự thảo chỉ thị", id));
    if (!mayEdit(caller, directive.getCoordinatorId())) {
      throw ApiException.forbidden();
    }
    return directive;
  }

  /** The drafts the caller may edit, newest first. */
  @Transactional(readOnly = true)
  public List<Directive> drafts(Caller caller) {
    return directives.findByStatusOrderByIdDesc(Directive.DRAFT).stream()
        .filter(d -> mayEdit(caller, d.getCoordinatorId())).toList();
  }

  /** The request as the draft keeps it. */
  public DirectiveRequest request(Directive draft) {
    try {
      return json.readValue(draft.getDraftJson(), DirectiveRequest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("draft " + draft.getId() + " not readable", e);
    }
  }

  @Transactional(readOnly = true)
  public Preview preview(Directive draft) {
    DirectiveRequest request = request(draft);
    Checked checked = check(request, draft.getCoordinatorId());
    Map<String, String> names = units.findAll().stream().collect(Collectors.toMap(Unit::getId, Unit::getName));
    Function<String, Named> named = id -> new Named(id, names.getOrDefault(id, id));
    TimeLimit escalate = draft.getEscalateAfter();
    return new Preview(checked.assigned().stream().map(named).toList(), draft.getPlanDue(), escalate,
        escalate.after(draft.getPlanDue(), calendar), draft.schedule(calendar).rounds(),
        checked.recipients().stream().map(named).toList());
  }

  /** Whoever may issue by the API: an administrator or a member of an editor group (danvan.directives). */
  public boolean mayIssue(Caller caller) {
    return caller.isAdmin() || editorGroups.stream().anyMatch(caller::belongsTo);
  }

  /** The boards that may coordinate a directive of the caller: all of them for an administrator. */
  public List<String> boardsOf(Caller caller) {
    return caller.isAdmin() ? editorGroups : editorGroups.stream().filter(caller::belongsTo).toList();
  }

  /**
   * The coordinating board: as requested, else {@code fallback}, else the caller's board. Only an administrator or
   * a member of that board, which must be an editor group, may. @throws ApiException 403, or 400 for an
   * administrator who names none
   */
  String coordinatorFor(DirectiveRequest request, Caller caller, String fallback) {
    String coordinator = blankAsNull(request.coordinatorId());
    if (coordinator == null) {
      coordinator = fallback;
    }
    if (coordinator == null) {
      coordinator = editorGroups.stream().filter(caller::belongsTo).findFirst()
          .orElseThrow(() -> caller.isAdmin()
              ? new ApiException(HttpStatus.BAD_REQUEST, "invalid-directive",
                  "Cần ghi rõ coordinatorId / coordinatorId is required")
              : ApiException.forbidden());
    }
    if (!mayEdit(caller, coordinator)) {
      throw ApiException.forbidden();
    }
    return coordinator;
  }

  private boolean mayEdit(Caller caller, String coordinator) {
    return caller.isAdmin() || (editorGroups.contains(coordinator) && caller.belongsTo(coordinator));
  }

  private Checked check(DirectiveRequest request, String coordinatorId) {
    if (request.reportToYear() < request.reportFromYear()) {
      throw invalid("Năm cuối báo cáo phải sau năm đầu / reportToYear is before reportFromYear");
    }
    List<String> recipients = request.reportRecipientIds() == null || request.reportRecipientIds().isEmpty()
        ? List.of(request.issuerId()) : request.reportRecipientIds();
    Set<String> mentioned = new LinkedHashSet<>(List.of(request.issuerId(), coordinatorId));
    mentioned.addAll(recipients);
    Set<String> onTasks = new LinkedHashSet<>();
    for (DirectiveRequest.TaskRequest task : request.tasks()) {
      onTasks.addAll(task.leadUnitIds());
      if (task.participantUnitIds() != null) {
        onTasks.addAll(task.participantUnitIds());
      }
    }
    mentioned.addAll(onTasks);
    List<String> assigned = request.assignedUnitIds() != null && !request.assignedUnitIds().isEmpty()
        ? List.copyOf(new LinkedHashSet<>(request.assignedUnitIds()))
        : onTasks.stream().filter(id -> !id.equals(request.issuerId()) && !id.equals(coordinatorId)).toList();
    mentioned.addAll(assigned);
    List<String> unknown = mentioned.stream().filter(id -> !units.existsById(id)).toList();
    if (!unknown.isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-unit", String.join(", ", unknown));
    }
    if (assigned.isEmpty()) {
      throw invalid("Chưa có đơn vị nào được giao / no unit is assigned");
    }
    return new Checked(recipients, assigned);
  }

  private static Directive newDirective(DirectiveRequest request, String coordinatorId, String createdBy,
      Checked checked) {
    return followUp(new Directive(blankAsNull(request.number()), request.issuedOn(), request.issuerId(),
        coordinatorId, request.title().strip(), blankAsNull(request.basis()), createdBy), request, checked);
  }

  private static Directive followUp(Directive directive, DirectiveRequest request, Checked checked) {
    return directive.followedUp(request.planDue(), request.reportFromYear(), request.reportToYear(),
        request.reportDueDay() == null ? REPORT_DUE_DAY : request.reportDueDay(),
        request.escalateAfter() == null ? ESCALATE_AFTER : TimeLimit.parse(request.escalateAfter()),
        request.consolidateAfter() == null ? CONSOLIDATE_AFTER : TimeLimit.parse(request.consolidateAfter()),
        checked.recipients());
  }

  private void start(Directive directive, DirectiveRequest request, Checked checked) {
    for (DirectiveRequest.TaskRequest task : request.tasks()) {
      List<TaskUnit> taskUnits = new ArrayList<>();
      task.leadUnitIds().stream().distinct().forEach(id -> taskUnits.add(new TaskUnit(id, TaskRole.LEAD)));
      if (task.participantUnitIds() != null) {
        task.participantUnitIds().stream().distinct().filter(id -> !task.leadUnitIds().contains(id))
            .forEach(id -> taskUnits.add(new TaskUnit(id, TaskRole.PARTICIPANT)));
      }
      tasks.save(new DirectiveTask(directive.getId(), task.section().strip(), task.ordinal(), task.title().strip(),
          task.content(), task.deadline(), taskUnits));
    }
    checked.assigned().forEach(unitId -> assignments.save(new Assignment(directive.getId(), unitId)));
    assignments.flush();
    directive.startedAs(process.start(directive, checked.assigned()).getId());
  }

  /** The directive as the audit keeps it: flat, one line per task, unit ids as written. */
  private static Map<String, Object> snapshot(Directive d, DirectiveRequest request) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", d.getStatus());
    fields.put("number", d.getNumber());
    fields.put("issuedOn", d.getIssuedOn() == null ? null : d.getIssuedOn().toString());
    fields.put("title", d.getTitle());
    fields.put("basis", d.getBasis());
    fields.put("issuerId", d.getIssuerId());
    fields.put("coordinatorId", d.getCoordinatorId());
    fields.put("planDue", d.getPlanDue().toString());
    fields.put("reportFromYear", d.getReportFromYear());
    fields.put("reportToYear", d.getReportToYear());
    fields.put("reportDueDay", d.getReportDueDay());
    fields.put("escalateAfter", d.getEscalateAfter().toString());
    fields.put("consolidateAfter", d.getConsolidateAfter().toString());
    fields.put("reportRecipientIds", String.join(", ", d.getReportRecipientIds()));
    fields.put("assignedUnitIds", request.assignedUnitIds() == null ? null
        : String.join(", ", request.assignedUnitIds()));
    fields.put("tasks", request.tasks().stream()
        .sorted(Comparator.comparing(DirectiveRequest.TaskRequest::section)
            .thenComparing(DirectiveRequest.TaskRequest::ordinal))
        .map(Directives::line).collect(Collectors.joining("\n")));
    fields.put("processInstanceId", d.getProcessInstanceId());
    return fields;
  }

  private static String line(DirectiveRequest.TaskRequest task) {
    String units = "chủ trì: " + String.join(", ", task.leadUnitIds())
        + (task.participantUnitIds() == null || task.participantUnitIds().isEmpty() ? ""
            : "; phối hợp: " + String.join(", ", task.participantUnitIds()))
        + (task.deadline() == null ? "" : "; hạn " + task.deadline());
    return task.section() + "." + task.ordinal() + " " + task.title().strip() + " (" + units + ")";
  }

  private String write(DirectiveRequest request) {
    try {
      return json.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("request not writable as JSON", e);
    }
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static ApiException invalid(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, "invalid-directive", detail);
  }
}
