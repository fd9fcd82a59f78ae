package vn.danvan.workflow.reminder;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Keeps one pending reminder job per open task: scheduled when the task is created, moved when the task
 * changes (a new due date, a claim), removed when it is completed or deleted.
 */
final class ReminderTaskListener implements TaskListener {

  private final ReminderJobs jobs;

  ReminderTaskListener(ReminderJobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public void notify(DelegateTask delegateTask) {
    TaskEntity task = (TaskEntity) delegateTask;
    switch (delegateTask.getEventName()) {
      case EVENTNAME_CREATE -> jobs.scheduleNext(task, ClockUtil.getCurrentTime().toInstant());
      case EVENTNAME_UPDATE -> jobs.reschedule(task, ClockUtil.getCurrentTime().toInstant());
      case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> jobs.cancel(task);
      default -> { }
    }
  }
}
