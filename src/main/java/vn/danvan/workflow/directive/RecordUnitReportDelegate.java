package vn.danvan.workflow.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;

/** Keeps what the unit reported, who sent it and when (on time or late is read from the due date). */
@Component
class RecordUnitReportDelegate implements JavaDelegate {

  private final UnitReportRepository reports;

  RecordUnitReportDelegate(UnitReportRepository reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    reports.findByDirectiveIdAndUnitIdAndPeriod((Long) execution.getVariable(Vars.DIRECTIVE_ID),
            (String) execution.getVariable(Vars.UNIT_ID), (String) execution.getVariable(Vars.PERIOD))
        .orElseThrow()
        .submitted((String) execution.getVariable(Vars.RESULTS), (String) execution.getVariable(Vars.DIFFICULTIES),
            (String) execution.getVariable(Vars.PROPOSALS), current == null ? null : current.getUserId(),
            ClockUtil.getCurrentTime().toInstant());
  }
}
