package vn.danvan.workflow.directive;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.directive.DirectiveProcess.Vars;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.Notifications;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.report.Period;
import vn.danvan.workflow.report.Report;
import vn.danvan.workflow.report.Reports;

/**
 * Sends the consolidated report: the period's report over the coordinator's area, with the number and
 * assessment the board entered, is generated as PDF and kept as sent (when, by whom, to whom); each recipient
 * (Ban Thường vụ, Ban Dân vận Tỉnh ủy) is notified with the link to the document.
 */
@Component
class SendConsolidatedReportDelegate implements JavaDelegate {

  private final DirectiveRepository directives;
  private final ConsolidatedReportRepository consolidated;
  private final UnitRepository units;
  private final Reports reports;
  private final Notifications notifications;

  SendConsolidatedReportDelegate(DirectiveRepository directives, ConsolidatedReportRepository consolidated,
      UnitRepository units, Reports reports, Notifications notifications) {
    this.directives = directives;
    this.consolidated = consolidated;
    this.units = units;
    this.reports = reports;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Directive directive = directives.findById((Long) execution.getVariable(Vars.DIRECTIVE_ID)).orElseThrow();
    String period = (String) execution.getVariable(Vars.PERIOD);
    String number = (String) execution.getVariable(Vars.DOCUMENT_NUMBER);
    String assessment = (String) execution.getVariable(Vars.ASSESSMENT);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Report report = reports.build(Period.parse(period),
            reports.scopeFor(List.of(directive.getCoordinatorId()), false), VietnamTime.dayOf(
                ClockUtil.getCurrentTime()))
        .signed(number, assessment);
    List<String> recipientIds = directive.getReportRecipientIds();
    Map<String, String> names = units.findAllById(recipientIds).stream()
        .collect(Collectors.toMap(Unit::getId, Unit::getName));
    String recipients = recipientIds.stream().map(id -> names.getOrDefault(id, id))
        .collect(Collectors.joining("; "));
    Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    consolidated.save(new ConsolidatedReport(directive.getId(), period, number, assessment,
        current == null ? null : current.getUserId(), now, recipients,
        "bao-cao-tong-hop-" + directive.getId() + "-" + period + ".pdf", reports.pdf(report)));
    String link = "/api/directives/" + directive.getId() + "/reports/" + period + "/document";
    execution.setVariable(Vars.SENT_DOCUMENT_URL, link);
    // the next round's consolidation starts from an empty form
    execution.removeVariable(Vars.DOCUMENT_NUMBER);
    execution.removeVariable(Vars.ASSESSMENT);
    for (String recipient : recipientIds) {
      notifications.send(null, recipient, NotificationKind.REPORT, null, null,
          "Báo cáo số " + number + " – " + execution.getVariable(Vars.PERIOD_LABEL) + ": " + link
              + " – kết quả thực hiện " + directive.getTitle());
    }
  }
}
