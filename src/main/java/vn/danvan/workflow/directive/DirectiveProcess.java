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
    variables.put("directiveId", directive.getId());
    variables.put("directiveTitle", directive.getTitle());
    variables.put("boardGroup", directive.getCoordinatorId());
    variables.put("assignedUnits", new ArrayList<>(unitIds));
    variables.put("planDueAt", endOf(directive.getPlanDue()));
    // the plan tasks' reminder.escalateAfter: the member in charge is told this many working days after the due date
    variables.put("planEscalateAfter", directive.getEscalateAfter().workingDaysAfter(directive.getPlanDue(), calendar));
    // read only by the drawn escalation timers of instances started before the reminder policy took them over
    variables.put("planEscalateAt", endOf(directive.getEscalateAfter().after(directive.getPlanDue(), calendar)));
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
