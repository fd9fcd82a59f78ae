package vn.danvan.workflow.calendar;

import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Working-day arithmetic for BPMN expressions, e.g. {@code camunda:dueDate="${workingDays.after(10)}"}
 * or a reminder timer {@code ${workingDays.before(hanXuLy, 2)}}. "Now" is the engine clock, so
 * tests that move {@code ClockUtil} move it too. Time of day is kept.
 */
@Component("workingDays")
public class WorkingDaysExpressions {

  private final WorkingDayCalendar calendar;

  public WorkingDaysExpressions(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The given number of working days from now. */
  public Date after(int workingDays) {
    return calendar.plusWorkingDays(ClockUtil.getCurrentTime(), workingDays);
  }

  public Date after(Date start, int workingDays) {
    return calendar.plusWorkingDays(Objects.requireNonNull(start, "workingDays.after: start date is null"),
        workingDays);
  }

  public Date before(Date deadline, int workingDays) {
    return calendar.minusWorkingDays(Objects.requireNonNull(deadline, "workingDays.before: date is null"),
        workingDays);
  }
}
