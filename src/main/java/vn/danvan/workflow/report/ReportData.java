package vn.danvan.workflow.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.ModelKind;

/**
 * What the periodic reports count, one query per indicator, each limited to a period and to the units the
 * reader may see. Today only registration is recorded by a process (issue 1); recognised, outstanding,
 * replicated and rewarded are read from decisions recorded on the model (see {@link JdbcReportData}) until
 * the model lifecycle (issue 3) is wired in: only these four methods change then.
 */
public interface ReportData {

  /** Models and exemplars whose registration was approved in the period. */
  List<ModelCount> registered(Period period, Collection<String> unitIds);

  /** Recognised (công nhận) in the period, at any level. */
  List<ModelCount> recognised(Period period, Collection<String> unitIds);

  /** Selected as outstanding (tiêu biểu) in the period. */
  List<ModelCount> outstanding(Period period, Collection<String> unitIds);

  /** Replicated (nhân rộng) to another place in the period. */
  List<ModelCount> replicated(Period period, Collection<String> unitIds);

  /** Rewarded (khen thưởng: Giấy khen, Bằng khen) in the period. */
  List<ModelCount> rewarded(Period period, Collection<String> unitIds);

  /** Implementation plans and periodic reports of a directive that fell due in the period. */
  List<Obligation> obligations(Period period, Collection<String> unitIds);

  /** How many models or exemplars of one kind, in one field, of one unit. */
  record ModelCount(String unitId, Field field, ModelKind kind, long count) {
  }

  /**
   * Something a unit owed under a directive: its plan (reportPeriod null) or a periodic report.
   * submittedAt is null while nothing has been sent.
   */
  record Obligation(long directiveId, String directiveTitle, String unitId, String reportPeriod, LocalDate dueOn,
      Instant submittedAt) {
  }
}
