package vn.danvan.workflow.directive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.calendar.TimeLimit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.web.ApiException;

/** Issues a directive: its tasks and assignments saved and its follow-up process started, together or not at all. */
@Service
public class Directives {

  /** Late units are escalated 3 working days after a due date, reports consolidated 7 working days after it. */
  static final TimeLimit ESCALATE_AFTER = TimeLimit.workingDays(3);
  static final TimeLimit CONSOLIDATE_AFTER = TimeLimit.workingDays(7);

  private final DirectiveRepository directives;
  private final DirectiveTaskRepository tasks;
  private final AssignmentRepository assignments;
  private final UnitRepository units;
  private final DirectiveProcess process;

  Directives(DirectiveRepository directives, DirectiveTaskRepository tasks, AssignmentRepository assignments,
      UnitRepository units, DirectiveProcess process) {
    this.directives = directives;
    this.tasks = tasks;
    this.assignments = assignments;
    this.units = units;
    this.process = process;
  }

  @Transactional
  public Directive issue(DirectiveRequest request, String coordinatorId, String createdBy) {
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

    Directive directive = new Directive(request.number(), request.issuedOn(), request.issuerId(), coordinatorId,
        request.title().strip(), request.basis(), createdBy)
        .followedUp(request.planDue(), request.reportFromYear(), request.reportToYear(),
            request.reportDueDay() == null ? 20 : request.reportDueDay(),
            request.escalateAfter() == null ? ESCALATE_AFTER : TimeLimit.parse(request.escalateAfter()),
            request.consolidateAfter() == null ? CONSOLIDATE_AFTER : TimeLimit.parse(request.consolidateAfter()),
            recipients);
    directives.saveAndFlush(directive);
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
    assigned.forEach(unitId -> assignments.save(new Assignment(directive.getId(), unitId)));
    assignments.flush();
    directive.startedAs(process.start(directive, assigned).getId());
    return directive;
  }

  private static ApiException invalid(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, "invalid-directive", detail);
  }
}
