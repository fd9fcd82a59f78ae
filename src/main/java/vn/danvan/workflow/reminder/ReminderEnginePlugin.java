package vn.danvan.workflow.reminder;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Reminders and escalations for every user task of every process: a parse listener reads each task's policy,
 * a task listener keeps one timer job per open task, a job handler delivers (in-app and e-mail, each key once),
 * and failed deliveries are retried with back-off. See {@link ReminderPolicy} for what BPMN can say.
 */
public class ReminderEnginePlugin extends AbstractProcessEnginePlugin implements AutoCloseable {

  private final ReminderSettings settings;
  private final ReminderJobs jobs;
  private final ReminderJobHandler handler;
  private final ReminderMail mail;

  /** @param mailSender null when no SMTP server is configured: in-app notifications only */
  public ReminderEnginePlugin(ReminderSettings settings, WorkingDayCalendar calendar, JavaMailSender mailSender) {
    this.settings = settings;
    this.jobs = new ReminderJobs(calendar, settings.sendAt());
    this.mail = new ReminderMail(mailSender, settings.mailFrom());
    this.handler = new ReminderJobHandler(jobs, new ReminderDelivery(new ReminderLedger(), mail,
        new RecipientDirectory(settings.recipientCache()), settings.tasklistUrl()));
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
    jobHandlers.add(handler);
    configuration.setCustomJobHandlers(jobHandlers);
  }

  /** After init, when every plugin and the Spring Boot starter have set theirs: reminder jobs get the back-off. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(
        new ReminderJobRetry(settings.retryCycle(), configuration.getFailedJobCommandFactory()));
  }
}
