package vn.danvan.workflow.reminder;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user's digest of one day. A job still waiting (or retrying) once that day is over sends nothing: yesterday's
 * list is no use this morning, and today's digest has its own job.
 */
final class DigestJobHandler implements JobHandler<DigestJobConfiguration> {

  private static final Logger log = LoggerFactory.getLogger(DigestJobHandler.class);

  private final DigestJobs jobs;
  private final DigestSchedule schedule;
  private final DigestDelivery delivery;

  DigestJobHandler(DigestJobs jobs, DigestSchedule schedule, DigestDelivery delivery) {
    this.jobs = jobs;
    this.schedule = schedule;
    this.delivery = delivery;
  }

  @Override
  public String getType() {
    return DigestJobs.USER_TYPE;
  }

  @Override
  public void execute(DigestJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext,
      String tenantId) {
    LocalDate day = LocalDate.parse(configuration.day());
    boolean today = schedule.dayDueAt(ClockUtil.getCurrentTime().toInstant()).filter(day::equals).isPresent();
    if (!jobs.enabled() || !today) {
      log.info("Digest of {} for {} not sent: {}", configuration.user(), day, today ? "switched off" : "day is over");
      return;
    }
    delivery.deliver(configuration.user(), day);
  }

  @Override
  public DigestJobConfiguration newConfiguration(String canonicalString) {
    return new DigestJobConfiguration(canonicalString);
  }

  @Override
  public void onDelete(DigestJobConfiguration configuration, JobEntity jobEntity) {
    // nothing kept outside the job
  }
}
