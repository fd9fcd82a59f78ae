package vn.danvan.workflow.directive;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

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
    reports.findByDirectiveIdAndUnitIdAndPeriod((Long) execution.getVariable("directiveId"),
            (String) execution.getVariable("unitId"), (String) execution.getVariable("period"))
        .orElseThrow()
        .submitted((String) execution.getVariable("results"), (String) execution.getVariable("difficulties"),
            (String) execution.getVariable("proposals"), current == null ? null : current.getUserId(),
            ClockUtil.getCurrentTime().toInstant());
  }
}
