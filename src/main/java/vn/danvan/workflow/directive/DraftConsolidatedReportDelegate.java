package vn.danvan.workflow.directive;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;

/**
 * Prepares the consolidation task: how many units reported on time, late or not at all, who is missing, and
 * links to the generated report (PDF, XLSX) and to the units' reports.
 */
@Component
class DraftConsolidatedReportDelegate implements JavaDelegate {

  private final UnitReportRepository reports;
  private final UnitRepository units;

  DraftConsolidatedReportDelegate(UnitReportRepository reports, UnitRepository units) {
    this.reports = reports;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long directiveId = (Long) execution.getVariable(Vars.DIRECTIVE_ID);
    String period = (String) execution.getVariable(Vars.PERIOD);
    List<UnitReport> round = reports.findByDirectiveIdAndPeriod(directiveId, period);
    long onTime = round.stream().filter(r -> r.getSubmittedAt() != null
        && !r.getSubmittedAt().atZone(VietnamTime.ZONE).toLocalDate().isAfter(r.getDueOn())).count();
    long submitted = round.stream().filter(r -> r.getSubmittedAt() != null).count();
    Map<String, String> names = units.findAllById(round.stream().map(UnitReport::getUnitId).toList()).stream()
        .collect(Collectors.toMap(Unit::getId, Unit::getName));
    String missing = round.stream().filter(r -> r.getSubmittedAt() == null)
        .map(r -> names.getOrDefault(r.getUnitId(), r.getUnitId())).sorted().collect(Collectors.joining(", "));
    execution.setVariable(Vars.REPORTS_ON_TIME, onTime);
    execution.setVariable(Vars.REPORTS_LATE, submitted - onTime);
    execution.setVariable(Vars.REPORTS_MISSING, (long) round.size() - submitted);
    execution.setVariable(Vars.MISSING_UNITS, missing.isEmpty() ? "Không có" : missing);
    execution.setVariable(Vars.REPORT_PDF_URL, "/api/reports/" + period + "?format=pdf");
    execution.setVariable(Vars.REPORT_XLSX_URL, "/api/reports/" + period + "?format=xlsx");
    execution.setVariable(Vars.UNIT_REPORTS_URL, "/api/directives/" + directiveId);
  }
}
