package vn.danvan.workflow.reminder;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;

/**
 * The digests of a batch of users for one day, in one transaction: each user's {@code digest_log} row is written
 * before their e-mail, so whatever commits was sent once. When the e-mail of one user fails, the users sent before
 * them commit, that user's row is taken back and they get a job of their own (which fails and retries with
 * back-off, and ends in an incident, as any digest job of one user), and the users after them another job: an
 * SMTP server that is down, or refuses one address, holds up nobody else's digest. A job of one user fails as
 * before. A job still waiting (or retrying) once its day is over sends nothing: yesterday's list is no use this
 * morning, and today's digest has its own job.
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
      log.info("Digest of {} for {} not sent: {}", configuration.users(), day, today ? "switched off" : "day is over");
      return;
    }
    List<String> users = configuration.users();
    for (int i = 0; i < users.size(); i++) {
      String user = users.get(i);
      try {
        delivery.deliver(user, day);
      } catch (MailException e) {
        if (users.size() == 1) {
          throw e;
        }
        delivery.takeBack(user, day);
        jobs.sendTo(List.of(user), day);
        if (i + 1 < users.size()) {
          jobs.sendTo(users.subList(i + 1, users.size()), day);
        }
        log.warn("Digest of {} for {} not sent ({}); {} sent, {} left to new jobs", user, day, e.getMessage(), i,
            users.size() - i);
        return;
      }
    }
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
