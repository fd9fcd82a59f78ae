package vn.danvan.workflow.reminder;

import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * Camunda applies {@code failedJobRetryTimeCycle} only to the job types of BPMN elements; any other job is
 * retried three times at once. This gives reminder and digest jobs the configured back-off
 * ({@code danvan.reminders.retry-cycle}, e.g. PT1M,PT5M,PT15M,PT1H,PT4H) and leaves every other job as it was;
 * when the retries run out the engine raises its usual failed-job incident (on the user task for a reminder).
 * Other jobs go to the factory that was configured before (Camunda's default unless someone set another).
 */
final class ReminderJobRetry implements FailedJobCommandFactory {

  private static final Set<String> OUR_TYPES = Set.of(ReminderJobHandler.TYPE, DigestJobs.DAY_TYPE,
      DigestJobs.USER_TYPE);

  private final String retryCycle;
  private final FailedJobCommandFactory others;

  ReminderJobRetry(String retryCycle, FailedJobCommandFactory others) {
    this.retryCycle = retryCycle;
    this.others = others;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    return commandContext -> {
      JobEntity job = commandContext.getJobManager().findJobById(jobId);
      return job != null && RetryCmd.isOurs(job)
          ? new RetryCmd(jobId, exception).execute(commandContext)
          : others.getCommand(jobId, exception).execute(commandContext);
    };
  }

  private final class RetryCmd extends DefaultJobRetryCmd {

    RetryCmd(String jobId, Throwable exception) {
      super(jobId, exception);
    }

    /** A digest job belongs to no process: without an activity Camunda would retry it three times at once. */
    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = getJob();
      if (job == null || job.getProcessDefinitionId() != null) {
        return super.execute(commandContext);
      }
      try {
        executeCustomStrategy(commandContext, job, null);
      } catch (Exception e) {
        executeStandardStrategy(commandContext);
      }
      return null;
    }

    @Override
    public ActivityImpl getCurrentActivity(CommandContext commandContext, JobEntity job) {
      if (!isOurs(job) || job.getProcessDefinitionId() == null) {
        return super.getCurrentActivity(commandContext, job);
      }
      ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(job.getProcessDefinitionId());
      return definition == null ? null : definition.findActivity(job.getActivityId());
    }

    @Override
    public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
      return isOurs(job) ? ParseUtil.parseRetryIntervals(retryCycle)
          : super.getFailedJobRetryConfiguration(job, activity);
    }

    private static boolean isOurs(JobEntity job) {
      return OUR_TYPES.contains(job.getJobHandlerType());
    }
  }
}
