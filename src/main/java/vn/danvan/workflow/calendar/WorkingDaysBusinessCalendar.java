package vn.danvan.workflow.calendar;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Lets BPMN write {@code P10WD}: 10 working days after the start (the engine clock when the
 * engine gives no start), same time of day. Any other text goes to Camunda's own calendar, so ISO 8601
 * dates and durations behave as before, except that a date-time written without an offset means Vietnam time,
 * not the server's.
 */
class WorkingDaysBusinessCalendar implements BusinessCalendar {

  static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,4})WD");

  private final BusinessCalendar camundaCalendar;
  private final WorkingDayCalendar workingDayCalendar;

  WorkingDaysBusinessCalendar(BusinessCalendar camundaCalendar, WorkingDayCalendar workingDayCalendar) {
    this.camundaCalendar = camundaCalendar;
    this.workingDayCalendar = workingDayCalendar;
  }

  @Override
  public Date resolveDuedate(String duedate) {
    return isWorkingDays(duedate) ? afterWorkingDays(duedate, null) : camundaCalendar.resolveDuedate(inVietnam(duedate));
  }

  @Override
  public Date resolveDuedate(String duedate, Date startDate) {
    return isWorkingDays(duedate)
        ? afterWorkingDays(duedate, startDate)
        : camundaCalendar.resolveDuedate(inVietnam(duedate), startDate);
  }

  @Override
  public Date resolveDuedate(String duedate, Task task) {
    // Like Camunda's due-date calendar, a task's due date counts from now, not from the task.
    return isWorkingDays(duedate) ? afterWorkingDays(duedate, null)
        : camundaCalendar.resolveDuedate(inVietnam(duedate), task);
  }

  private static String inVietnam(String duedate) {
    return VietnamCycleBusinessCalendar.withVietnamOffset(duedate);
  }

  private static boolean isWorkingDays(String duedate) {
    return duedate != null && WORKING_DAYS.matcher(duedate).matches();
  }

  private Date afterWorkingDays(String duedate, Date startDate) {
    Matcher matcher = WORKING_DAYS.matcher(duedate);
    matcher.matches();
    Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
    return workingDayCalendar.plusWorkingDays(start, Integer.parseInt(matcher.group(1)));
  }
}
