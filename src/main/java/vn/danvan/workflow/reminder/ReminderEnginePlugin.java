package vn.danvan.workflow.reminder;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * Reminders and escalations for every user task of every process: a parse listener reads each task's policy,
 * a task listener keeps one timer job per open task, a job handler delivers (in-app and e-mail, each key once),
 * and failed deliveries are retried with back-off. See {@link ReminderPolicy} for what BPMN can say. Also the
 * daily digest: a timer each working day that gives every user with tasks due a job sending them the list.
 */
public class ReminderEnginePlugin extends AbstractProcessEnginePlugin implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ReminderEnginePlugin.class);

  private final ReminderSettings settings;
  private final ReminderJobs jobs;
  private final ReminderMail mail;
  private final DigestJobs digestJobs;
  private final List<JobHandler> handlers;
  private final RequestedReminders requested;
  private final GroupMail groupMail;

  /** @param mailSender null when no SMTP server is configured: in-app notifications only */
  public ReminderEnginePlugin(ReminderSettings settings, WorkingDayCalendar calendar, JavaMailSender mailSender) {
    this.settings = settings;
    this.jobs = new ReminderJobs(calendar, settings.sendAt());
    this.mail = new ReminderMail(mailSender, settings.mailFrom());
    ReminderLedger ledger = new ReminderLedger();
    RecipientDirectory directory = new RecipientDirectory(settings.recipientCache());
    DigestSchedule digestSchedule = new DigestSchedule(calendar, settings.digestSendAt());
    DigestTasks digestTasks = new DigestTasks();
    DigestDelivery digestDelivery = new DigestDelivery(digestTasks, digestSchedule, ledger, mail, directory, settings);
    this.digestJobs = new DigestJobs(digestSchedule, settings.digest().enabled());
    ReminderDelivery delivery = new ReminderDelivery(ledger, mail, directory, settings.tasklistUrl());
    this.requested = new RequestedReminders(delivery, calendar);
    this.groupMail = new GroupMail(mail, directory);
    this.handlers = List.of(
        new ReminderJobHandler(jobs, delivery),
        new DigestDayJobHandler(digestJobs, digestSchedule, digestTasks, digestDelivery, directory),
        new DigestJobHandler(digestJobs, digestSchedule, digestDelivery));
  }

  /** Reminders a person asks for, sent through this engine (usable once it is built). */
  public RequestedReminders requestedReminders() {
    return requested;
  }

  /** Letters to a group's members by e-mail, sent through this engine's directory (usable once it is built). */
  public GroupMail groupMail() {
    return groupMail;
  }

  /** Closes the SMTP connections the job-executor threads keep open (Spring calls it at shutdown). */
  @Override
  public void close() {
    mail.close();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new ReminderParseListener(settings.defaultPolicy(), new ReminderTaskListener(jobs)));
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    List<JobHandler> jobHandlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    jobHandlers.addAll(handlers);
    configuration.setCustomJobHandlers(jobHandlers);
  }

  /** After init, when every plugin and the Spring Boot starter have set theirs: reminder jobs get the back-off. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(
        new ReminderJobRetry(settings.retryCycle(), configuration.getFailedJobCommandFactory()));
  }

  /**
   * The next working day's digest timer, at the configured time, or none when the digest is off. Two nodes
   * starting together may both try to create it: the second finds the first's or fails on its id, and goes on.
   */
  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    requested.useEngine(configuration.getCommandExecutorTxRequired());
    groupMail.useEngine(configuration.getCommandExecutorTxRequired());
    try {
      configuration.getCommandExecutorTxRequired().execute(commandContext -> {
        digestJobs.ensure(ClockUtil.getCurrentTime().toInstant());
        return null;
      });
    } catch (RuntimeException e) {
      log.warn("Daily digest timer not checked at start (another node may have created it at the same moment): {}",
          e.getMessage());
    }
  }
}
