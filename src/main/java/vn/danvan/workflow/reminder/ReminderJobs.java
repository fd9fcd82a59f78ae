package vn.danvan.workflow.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * The reminder jobs of tasks: Camunda timer jobs of type {@link ReminderJobHandler#TYPE} on the task's
 * execution and activity, so the job executor of any node fires them, Cockpit shows them with the process
 * instance, and a failure ends as an incident on the user task.
 */
final class ReminderJobs {

  private final WorkingDayCalendar calendar;
  private final LocalTime sendAt;

  ReminderJobs(WorkingDayCalendar calendar, LocalTime sendAt) {
    this.calendar = calendar;
    this.sendAt = sendAt;
  }

  /**
   * The task's schedule, if its policy is enabled and it has a due date. An {@code escalateAfter} written as an
   * expression is evaluated here, on the task's execution.
   */
  Optional<ReminderSchedule> scheduleOf(TaskEntity task) {
    ReminderPolicy policy = policyOf(task);
    if (policy == null || !policy.enabled() || task.getDueDate() == null) {
      return Optional.empty();
    }
    if (policy.escalateAfterExpression() != null) {
      Object days = Context.getProcessEngineConfiguration().getExpressionManager()
          .createExpression(policy.escalateAfterExpression()).getValue(task.getExecution());
      policy = policy.escalatingAfter(days, "user task '" + task.getTaskDefinitionKey() + "' of process instance "
          + task.getProcessInstanceId());
    }
    return Optional.of(new ReminderSchedule(policy, task.getDueDate(), calendar, sendAt));
  }

  static ReminderPolicy policyOf(TaskEntity task) {
    ExecutionEntity execution = task.getExecution();
    if (execution == null) {
      return null; // a task created through the API outside any process
    }
    ActivityImpl activity = execution.getProcessDefinition().findActivity(task.getTaskDefinitionKey());
    return activity == null ? null : activity.getProperties().get(ReminderParseListener.POLICY);
  }

  /** Schedules the first reminder after {@code after}, if the task's schedule has one. */
  void scheduleNext(TaskEntity task, Instant after) {
    scheduleOf(task).flatMap(schedule -> schedule.firstAfter(after))
        .ifPresent(reminder -> schedule(task, reminder));
  }

  /** After a change of the task: the pending job is replaced unless it is already the right one. */
  void reschedule(TaskEntity task, Instant now) {
    Optional<Reminder> next = scheduleOf(task).flatMap(schedule -> schedule.firstAfter(now));
    List<JobEntity> pending = pendingJobs(task);
    boolean upToDate = next.isPresent() && pending.size() == 1
        && pending.get(0).getJobHandlerConfigurationRaw().equals(configuration(task, next.get()))
        && pending.get(0).getDuedate().getTime() == next.get().at().toEpochMilli();
    if (!upToDate) {
      cancel(task);
      next.ifPresent(reminder -> schedule(task, reminder));
    }
  }

  /**
   * Deletes the task's reminder jobs, except one a job executor is running at this moment: deleting it would
   * fail the user's completion with an optimistic-locking error; it finds the task gone and sends nothing.
   */
  void cancel(TaskEntity task) {
    for (JobEntity job : pendingJobs(task)) {
      job.delete();
    }
  }

  private List<JobEntity> pendingJobs(TaskEntity task) {
    ExecutionEntity execution = task.getExecution();
    if (execution == null) {
      return List.of();
    }
    Date now = ClockUtil.getCurrentTime();
    JobEntity current = Context.getCommandContext().getCurrentJob();
    String prefix = task.getId() + ReminderJobHandler.SEPARATOR;
    return execution.getJobs().stream()
        .filter(job -> ReminderJobHandler.TYPE.equals(job.getJobHandlerType()))
        .filter(job -> job.getJobHandlerConfigurationRaw().startsWith(prefix))
        .filter(job -> job != current)
        .filter(job -> job.getLockExpirationTime() == null || job.getLockExpirationTime().before(now))
        .toList();
  }

  private void schedule(TaskEntity task, Reminder reminder) {
    ExecutionEntity execution = task.getExecution();
    ProcessDefinitionEntity definition = execution.getProcessDefinition();
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(ReminderJobHandler.TYPE);
    timer.setJobHandlerConfigurationRaw(configuration(task, reminder));
    timer.setDuedate(Date.from(reminder.at()));
    timer.setExecution(execution);
    timer.setProcessDefinitionId(definition.getId());
    timer.setProcessDefinitionKey(definition.getKey());
    timer.setDeploymentId(definition.getDeploymentId());
    timer.setActivityId(task.getTaskDefinitionKey());
    timer.setTenantId(task.getTenantId());
    Context.getCommandContext().getJobManager().schedule(timer);
  }

  /** "taskId|KIND|day": readable in Cockpit's job list; the task id is what the handler needs. */
  private static String configuration(TaskEntity task, Reminder reminder) {
    return task.getId() + ReminderJobHandler.SEPARATOR + reminder.kind() + ReminderJobHandler.SEPARATOR
        + reminder.occurrence();
  }
}
