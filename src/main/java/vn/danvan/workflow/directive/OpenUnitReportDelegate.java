package vn.danvan.workflow.directive;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;

/** The unit owes a report for the round from now on: its row exists (due, not sent) until it reports. */
@Component
class OpenUnitReportDelegate implements JavaDelegate {

  private final UnitReportRepository reports;
  private final UnitRepository units;

  OpenUnitReportDelegate(UnitReportRepository reports, UnitRepository units) {
    this.reports = reports;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long directiveId = (Long) execution.getVariable(Vars.DIRECTIVE_ID);
    String unitId = (String) execution.getVariable(Vars.UNIT_ID);
    String period = (String) execution.getVariable(Vars.PERIOD);
    execution.setVariable(Vars.UNIT_NAME, units.findById(unitId).map(Unit::getName).orElse(unitId));
    if (reports.findByDirectiveIdAndUnitIdAndPeriod(directiveId, unitId, period).isEmpty()) {
      reports.save(new UnitReport(directiveId, unitId, period,
          VietnamTime.dayOf((Date) execution.getVariable(Vars.REPORT_DUE_AT))));
    }
  }
}
