package vn.danvan.workflow.directive;

import java.util.ArrayList;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;
import vn.danvan.workflow.directive.ReportingSchedule.Round;
import vn.danvan.workflow.organisation.UnitRepository;

/**
 * Works out the next reporting round from the directive's schedule (data, not diagram): its period and dates,
 * and the units that report. hasRound is false once the last year's annual report is done.
 */
@Component
class OpenReportingRoundDelegate implements JavaDelegate {

  private final DirectiveRepository directives;
  private final AssignmentRepository assignments;
  private final WorkingDayCalendar calendar;
  private final UnitRepository units;

  OpenReportingRoundDelegate(DirectiveRepository directives, AssignmentRepository assignments,
      WorkingDayCalendar calendar, UnitRepository units) {
    this.directives = directives;
    this.assignments = assignments;
    this.calendar = calendar;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long directiveId = (Long) execution.getVariable(Vars.DIRECTIVE_ID);
    Directive directive = directives.findById(directiveId).orElseThrow();
    Optional<Round> next = directive.schedule(calendar).next((String) execution.getVariable(Vars.PERIOD),
        VietnamTime.dayOf(ClockUtil.getCurrentTime()));
    execution.setVariable(Vars.HAS_ROUND, next.isPresent());
    next.ifPresent(round -> {
      execution.setVariable(Vars.PERIOD, round.period().code());
      String label = round.period().label();
      execution.setVariable(Vars.PERIOD_LABEL, label);
      execution.setVariable(Vars.PERIOD_NAME, Character.toLowerCase(label.charAt(0)) + label.substring(1));
      execution.setVariable(Vars.REPORT_OPENS_AT, DirectiveProcess.morningOf(round.opensOn()));
      execution.setVariable(Vars.REPORT_DUE_AT, DirectiveProcess.endOf(round.dueOn()));
      // the report tasks' reminder.escalateAfter, in working days after the due date
      execution.setVariable(Vars.REPORT_ESCALATE_AFTER, directive.getEscalateAfter().workingDaysAfter(round.dueOn(),
          calendar));
      // read only by the drawn escalation timers of instances started before the reminder policy took them over
      execution.setVariable(Vars.REPORT_ESCALATE_AT, DirectiveProcess.endOf(round.escalateOn()));
      execution.setVariable(Vars.CONSOLIDATE_AT, DirectiveProcess.endOf(round.consolidateOn()));
      // a unit closed by the 2025 reform reports no more: its successor holds the assignment
      execution.setVariable(Vars.REPORTING_UNITS, new ArrayList<>(assignments.findByDirectiveIdOrderByUnitId(directiveId)
          .stream().map(Assignment::getUnitId)
          .filter(unitId -> units.findById(unitId).map(unit -> !unit.isClosed()).orElse(true)).toList()));
    });
  }
}
