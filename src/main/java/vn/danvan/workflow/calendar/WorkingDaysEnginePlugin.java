package vn.danvan.workflow.calendar;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Teaches the engine the working-day form {@code P10WD}. The Camunda Spring Boot starter adds
 * every {@code ProcessEnginePlugin} bean to the engine configuration, so being a bean is enough.
 */
@Component
public class WorkingDaysEnginePlugin extends AbstractProcessEnginePlugin {

  private final WorkingDayCalendar workingDayCalendar;

  public WorkingDaysEnginePlugin(WorkingDayCalendar workingDayCalendar) {
    this.workingDayCalendar = workingDayCalendar;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // After init the engine has its default (or a configured) manager, which we wrap rather than replace.
    configuration.setBusinessCalendarManager(
        new WorkingDaysBusinessCalendarManager(configuration.getBusinessCalendarManager(), workingDayCalendar));
  }
}
