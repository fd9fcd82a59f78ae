package vn.danvan.workflow.reminder;

import java.util.Collection;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * How many reminder jobs wait for these tasks. A reminder names its task, not a unit, and is addressed when it
 * fires to whoever then holds the task: a task handed to another unit is reminded to that unit, once.
 */
@Component
public class PendingReminders {

  private final ManagementService management;

  PendingReminders(ManagementService management) {
    this.management = management;
  }

  public long of(Collection<String> taskIds) {
    if (taskIds.isEmpty()) {
      return 0;
    }
    Set<String> ids = Set.copyOf(taskIds);
    return management.createJobQuery().timers().list().stream()
        .filter(job -> job instanceof JobEntity entity && ReminderJobHandler.TYPE.equals(entity.getJobHandlerType())
            && ids.contains(taskIdOf(entity)))
        .count();
  }

  private static String taskIdOf(JobEntity job) {
    return new ReminderJobHandler.Configuration(job.getJobHandlerConfigurationRaw()).taskId();
  }

}
