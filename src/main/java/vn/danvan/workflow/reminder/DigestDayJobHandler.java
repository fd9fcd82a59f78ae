package vn.danvan.workflow.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danvan.workflow.reminder.RecipientDirectory.Person;

/**
 * A working day's digest timer: finds everyone with a task due within the digest's horizon (assignees, and the
 * members of the groups unassigned tasks are offered to), gives them jobs of up to 20 users, and schedules the next
 * working day's timer — in one transaction, so a failure leaves neither half.
 */
final class DigestDayJobHandler implements JobHandler<DigestJobConfiguration> {

  private static final Logger log = LoggerFactory.getLogger(DigestDayJobHandler.class);

  private final DigestJobs jobs;
  private final DigestSchedule schedule;
  private final DigestTasks tasks;
  private final DigestDelivery delivery;
  private final RecipientDirectory directory;

  DigestDayJobHandler(DigestJobs jobs, DigestSchedule schedule, DigestTasks tasks, DigestDelivery delivery,
      RecipientDirectory directory) {
    this.jobs = jobs;
    this.schedule = schedule;
    this.tasks = tasks;
    this.delivery = delivery;
    this.directory = directory;
  }

  @Override
  public String getType() {
    return DigestJobs.DAY_TYPE;
  }

  @Override
  public void execute(DigestJobConfiguration configuration, ExecutionEntity execution, CommandContext commandContext,
      String tenantId) {
    if (!jobs.enabled()) {
      return; // switched off on this node; its start-up removes the timers
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    schedule.dayDueAt(now).ifPresent(day -> {
      Set<String> users = recipients(delivery.end(day));
      jobs.sendTo(List.copyOf(users), day);
      log.info("Daily digest of {}: {} users with tasks due", day, users.size());
    });
    // strictly after this timer's own day, even when run early by hand: never the id of the job now running
    Instant ownTime = schedule.sendTime(LocalDate.parse(configuration.raw()));
    jobs.scheduleDay(schedule.nextAfter(now.isAfter(ownTime) ? now : ownTime));
  }

  private Set<String> recipients(Instant end) {
    DigestTasks.Holders holders = tasks.holdersOfTasksDueBefore(end);
    Set<String> users = new TreeSet<>(holders.users());
    holders.groups().forEach(group -> directory.team(group)
        .ifPresent(team -> team.members().stream().map(Person::id).forEach(users::add)));
    return users;
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
