package vn.danvan.workflow.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The digest's Camunda jobs, so the job executor of whichever node is free runs each once: one timer a day
 * ({@link DigestDayJobHandler}) whose id is the day, so the database's primary key keeps it single even when two
 * nodes schedule it at the same moment; and jobs of up to {@link #BATCH_SIZE} users that day
 * ({@link DigestJobHandler}), each with its own transaction, retries and incident.
 */
final class DigestJobs {

  static final String DAY_TYPE = "danvan-digest-day";
  static final String USER_TYPE = "danvan-digest";
  static final String SEPARATOR = "|";
  static final String USER_SEPARATOR = ",";
  /**
   * Users per digest job. Each job costs the engine about as much as a digest itself (acquisition, lock,
   * deletion, job log, commit): 20 a job took 10,000 digests from 46 s to 24 s on a loaded machine
   * (docs/performance.md). A node that dies mid-batch may send that batch's earlier digests again once its lock
   * expires (same Message-ID).
   */
  static final int BATCH_SIZE = 20;
  private static final String DAY_JOB_ID = "danvan-digest-";

  private final DigestSchedule schedule;
  private final boolean enabled;

  DigestJobs(DigestSchedule schedule, boolean enabled) {
    this.schedule = schedule;
    this.enabled = enabled;
  }

  boolean enabled() {
    return enabled;
  }

  /**
   * At engine start: when on, the next working day's timer exists at the configured time (a changed
   * {@code send-at} moves it); when off, no timer is left. Timers of today or earlier are left to run: a node
   * that was down at send time still sends today's digests when it comes back.
   */
  void ensure(Instant now) {
    LocalDate today = DigestSchedule.dayOf(now);
    Instant next = enabled ? schedule.nextAfter(now) : null;
    for (Job job : jobs().findJobsByHandlerType(DAY_TYPE)) {
      JobEntity timer = (JobEntity) job;
      LocalDate day = LocalDate.parse(timer.getJobHandlerConfigurationRaw());
      boolean unwanted = !enabled || (day.isAfter(today) && !day.equals(DigestSchedule.dayOf(next)));
      if (unwanted && !locked(timer)) {
        timer.delete();
      }
    }
    if (enabled) {
      scheduleDay(next);
    }
  }

  /** The timer of the day of {@code at}, due then: created, or moved if it exists at another time. */
  void scheduleDay(Instant at) {
    LocalDate day = DigestSchedule.dayOf(at);
    JobEntity existing = jobs().findJobById(DAY_JOB_ID + day);
    if (existing != null) {
      if (existing.getDuedate().toInstant().equals(at) || locked(existing)) {
        return;
      }
      existing.setDuedate(Date.from(at));
      return;
    }
    TimerEntity timer = new TimerEntity();
    timer.setId(DAY_JOB_ID + day);
    timer.setJobHandlerType(DAY_TYPE);
    timer.setJobHandlerConfigurationRaw(day.toString());
    timer.setDuedate(Date.from(at));
    jobs().schedule(timer);
  }

  /** Jobs that send {@code users} their digests of {@code day} now, {@link #BATCH_SIZE} users a job. */
  void sendTo(List<String> users, LocalDate day) {
    for (int from = 0; from < users.size(); from += BATCH_SIZE) {
      MessageEntity message = new MessageEntity();
      message.setJobHandlerType(USER_TYPE);
      List<String> batch = users.subList(from, Math.min(users.size(), from + BATCH_SIZE));
      message.setJobHandlerConfigurationRaw(String.join(USER_SEPARATOR, batch) + SEPARATOR + day);
      jobs().send(message);
    }
  }

  private static boolean locked(JobEntity job) {
    return job.getLockExpirationTime() != null && job.getLockExpirationTime().after(ClockUtil.getCurrentTime());
  }

  private static JobManager jobs() {
    return Context.getCommandContext().getJobManager();
  }
}
