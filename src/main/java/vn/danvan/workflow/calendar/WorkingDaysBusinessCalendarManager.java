package vn.danvan.workflow.calendar;

import java.util.Set;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;

/**
 * Wraps the engine's calendars so the working-day form is understood where BPMN gives a date or a
 * duration: {@code dueDate} (task due and follow-up dates, timer {@code timeDate}) and
 * {@code duration} (timer {@code timeDuration}). Every timer means Vietnam's time whatever the server's zone: a
 * cycle ({@code timeCycle}, cron or ISO repeat) is resolved by {@link VietnamCycleBusinessCalendar}, and a date
 * written without an offset is read as Vietnam time.
 */
class WorkingDaysBusinessCalendarManager implements BusinessCalendarManager {

  private static final Set<String> WORKING_DAY_AWARE =
      Set.of(DueDateBusinessCalendar.NAME, DurationBusinessCalendar.NAME);

  private final BusinessCalendarManager camundaManager;
  private final WorkingDayCalendar workingDayCalendar;

  WorkingDaysBusinessCalendarManager(BusinessCalendarManager camundaManager, WorkingDayCalendar workingDayCalendar) {
    this.camundaManager = camundaManager;
    this.workingDayCalendar = workingDayCalendar;
  }

  @Override
  public BusinessCalendar getBusinessCalendar(String name) {
    if (CycleBusinessCalendar.NAME.equals(name)) {
      return new VietnamCycleBusinessCalendar();
    }
    BusinessCalendar calendar = camundaManager.getBusinessCalendar(name);
    if (calendar == null || !WORKING_DAY_AWARE.contains(name)) {
      return calendar;
    }
    return new WorkingDaysBusinessCalendar(calendar, workingDayCalendar);
  }
}
