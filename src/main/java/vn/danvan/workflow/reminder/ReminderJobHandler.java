package vn.danvan.workflow.reminder;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Fires a task's reminder job: schedules the next one, then delivers the reminder in force now (the one the
 * job was made for or, when it runs late, a later one that supersedes it) — all in the job's transaction, so
 * if the e-mail fails nothing of it stays and the job is retried.
 */
final class ReminderJobHandler implements JobHandler<ReminderJobHandler.Configuration> {

  static final String TYPE = "danvan-reminder";
  static final String SEPARATOR = "|";

  private final ReminderJobs jobs;
  private final ReminderDelivery delivery;

  ReminderJobHandler(ReminderJobs jobs, ReminderDelivery delivery) {
    this.jobs = jobs;
    this.delivery = delivery;
  }

  record Configuration(String raw) implements JobHandlerConfiguration {

    String taskId() {
      int end = raw.indexOf(SEPARATOR);
      return end < 0 ? raw : raw.substring(0, end);
    }

    @Override
    public String toCanonicalString() {
      return raw;
    }
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext,
      String tenantId) {
    TaskEntity task = commandContext.getTaskManager().findTaskById(configuration.taskId());
    if (task == null) {
      return; // done or deleted meanwhile: nothing to remind of
    }
    var now = ClockUtil.getCurrentTime().toInstant();
    jobs.scheduleOf(task).ifPresent(schedule -> {
      jobs.scheduleNext(task, now);
      schedule.latestUpTo(now).ifPresent(reminder -> delivery.deliver(task, reminder));
    });
  }

  @Override
  public Configuration newConfiguration(String canonicalString) {
    return new Configuration(canonicalString);
  }

  @Override
  public void onDelete(Configuration configuration, JobEntity jobEntity) {
    // nothing kept outside the job
  }
}
