package vn.danvan.workflow.reminder;

import org.camunda.bpm.engine.impl.jobexecutor.CallerRunsRejectedJobsHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * Installs the reminder engine plugin (the Camunda starter adds every ProcessEnginePlugin bean to the engine) and
 * fits the job executor to reminders that fall due by the thousand at the same minute.
 */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

  /**
   * application.yaml maps {@code spring.mail.host} to MAIL_HOST, so Spring Boot creates a mail sender even when
   * MAIL_HOST is empty (it would then send to localhost); an empty host means no e-mail here.
   */
  @Bean
  ReminderEnginePlugin reminderEnginePlugin(ReminderSettings settings, WorkingDayCalendar calendar,
      ObjectProvider<JavaMailSender> mailSender) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender instanceof JavaMailSenderImpl smtp && (smtp.getHost() == null || smtp.getHost().isBlank())) {
      sender = null;
    }
    return new ReminderEnginePlugin(settings, calendar, sender);
  }

  /** The "Nhắc" of a person (the directive board's): the reminders' delivery, asked for now. */
  @Bean
  RequestedReminders requestedReminders(ReminderEnginePlugin plugin) {
    return plugin.requestedReminders();
  }

  /** Letters to a unit's members by e-mail (the reward letter), with the reminders' mail settings. */
  @Bean
  GroupMail groupMail(ReminderEnginePlugin plugin) {
    return plugin.groupMail();
  }

  /**
   * When the job executor's queue is full, the acquisition thread runs the jobs it could not hand over instead of
   * keeping them and offering them to the full queue again on every cycle. With 10,000 reminders due at once the
   * default made the acquisition thread spin through about ten rejections per job (about a tenth of the CPU the
   * reminders took, ReminderBenchmark); this way a full queue simply slows acquisition down.
   */
  @Bean
  static BeanPostProcessor runRejectedJobsOnTheAcquisitionThread() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof JobExecutor jobExecutor) {
          jobExecutor.setRejectedJobsHandler(new CallerRunsRejectedJobsHandler());
        }
        return bean;
      }
    };
  }
}
