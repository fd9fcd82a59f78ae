package vn.danvan.workflow.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.process.BusinessKey;

/** Starts processes/directive-implementation.bpmn for an issued directive; the business key is {@code directive:<id>}. */
@Component
public class DirectiveProcess {

  public static final String KEY = "directive-implementation";
  public static final String SUBMIT_PLAN = "Task_SubmitPlan";
  public static final String REVIEW_PLAN = "Task_ReviewPlan";
  public static final String SUBMIT_REPORT = "Task_SubmitReport";
  public static final String CONSOLIDATE = "Task_ConsolidateReports";

  /** The directive's variables. */
  public static final class Vars {
    public static final String DIRECTIVE_ID = "directiveId";
    public static final String DIRECTIVE_TITLE = "directiveTitle";
    /** The directive's year ({@link Directive#year()}): the task lists' and Tasklist's "Năm" column. */
    public static final String YEAR = "year";
    public static final String BOARD_GROUP = "boardGroup";
    public static final String ASSIGNED_UNITS = "assignedUnits";
    public static final String PLAN_DUE_AT = "planDueAt";
    public static final String PLAN_ESCALATE_AFTER = "planEscalateAfter";
    public static final String PLAN_ESCALATE_AT = "planEscalateAt";
    public static final String UNIT_ID = "unitId";
    public static final String UNIT_NAME = "unitName";
    public static final String PLAN_NUMBER = "planNumber";
    public static final String PLAN_SUMMARY = "planSummary";
    public static final String PLAN_DECISION = "planDecision";
    public static final String RETURN_REASON = "returnReason";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String PERIOD = "period";
    public static final String PERIOD_LABEL = "periodLabel";
    public static final String PERIOD_NAME = "periodName";
    public static final String HAS_ROUND = "hasRound";
    public static final String REPORT_OPENS_AT = "reportOpensAt";
    public static final String REPORT_DUE_AT = "reportDueAt";
    public static final String REPORT_ESCALATE_AFTER = "reportEscalateAfter";
    public static final String REPORT_ESCALATE_AT = "reportEscalateAt";
    public static final String CONSOLIDATE_AT = "consolidateAt";
    public static final String REPORTING_UNITS = "reportingUnits";
    public static final String RESULTS = "results";
    public static final String DIFFICULTIES = "difficulties";
    public static final String PROPOSALS = "proposals";
    public static final String REPORTS_ON_TIME = "reportsOnTime";
    public static final String REPORTS_LATE = "reportsLate";
    public static final String REPORTS_MISSING = "reportsMissing";
    public static final String MISSING_UNITS = "missingUnits";
    public static final String REPORT_PDF_URL = "reportPdfUrl";
    public static final String REPORT_XLSX_URL = "reportXlsxUrl";
    public static final String UNIT_REPORTS_URL = "unitReportsUrl";
    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String ASSESSMENT = "assessment";
    public static final String SENT_DOCUMENT_URL = "sentDocumentUrl";
    /** The late task, what it is and its due date, for the drawn escalation timers of older instances. */
    public static final String LATE_TASK = "lateTask";
    public static final String LATE_ITEM = "lateItem";
    public static final String DUE_AT = "dueAt";

    private Vars() {
    }
  }

  /** The plan review's answers ({@code planDecision} in the diagram's gateway). */
  public static final class Decisions {
    public static final String ACCEPT = "ACCEPT";
    public static final String RETURN = "RETURN";

    private Decisions() {
    }
  }

  /** What the delegates read from each user task's form: FormFieldsReadByDelegatesTest checks the forms have them. */
  public static final Map<String, List<String>> READ_FROM_FORMS = Map.of(
      SUBMIT_PLAN, List.of(Vars.PLAN_NUMBER, Vars.PLAN_SUMMARY),
      REVIEW_PLAN, List.of(Vars.PLAN_DECISION, Vars.RETURN_REASON),
      SUBMIT_REPORT, List.of(Vars.RESULTS, Vars.DIFFICULTIES, Vars.PROPOSALS),
      CONSOLIDATE, List.of(Vars.DOCUMENT_NUMBER, Vars.ASSESSMENT));

  private final RuntimeService runtime;
  private final WorkingDayCalendar calendar;

  DirectiveProcess(RuntimeService runtime, WorkingDayCalendar calendar) {
    this.runtime = runtime;
    this.calendar = calendar;
  }

  ProcessInstance start(Directive directive, List<String> unitIds) {
    return runtime.startProcessInstanceByKey(KEY, BusinessKey.directive(directive.getId()),
        variables(directive, unitIds, calendar));
  }

  static Map<String, Object> variables(Directive directive, List<String> unitIds, WorkingDayCalendar calendar) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.DIRECTIVE_ID, directive.getId());
    variables.put(Vars.DIRECTIVE_TITLE, directive.getTitle());
    variables.put(Vars.YEAR, directive.year());
    variables.put(Vars.BOARD_GROUP, directive.getCoordinatorId());
    variables.put(Vars.ASSIGNED_UNITS, new ArrayList<>(unitIds));
    variables.put(Vars.PLAN_DUE_AT, endOf(directive.getPlanDue()));
    // the plan tasks' reminder.escalateAfter: the member in charge is told this many working days after the due date
    variables.put(Vars.PLAN_ESCALATE_AFTER, directive.getEscalateAfter().workingDaysAfter(directive.getPlanDue(), calendar));
    // read only by the drawn escalation timers of instances started before the reminder policy took them over
    variables.put(Vars.PLAN_ESCALATE_AT, endOf(directive.getEscalateAfter().after(directive.getPlanDue(), calendar)));
    return variables;
  }

  /** A deadline day ends at 23:59 in Vietnam: a plan or report sent that day is on time. */
  static Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59).atZone(VietnamTime.ZONE).toInstant());
  }

  /** A reporting round opens at 07:00, the start of the working day. */
  static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(7, 0).atZone(VietnamTime.ZONE).toInstant());
  }

  static LocalDate dayOf(Date date) {
    return date.toInstant().atZone(VietnamTime.ZONE).toLocalDate();
  }
}
