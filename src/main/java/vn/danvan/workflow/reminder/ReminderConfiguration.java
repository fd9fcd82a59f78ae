package vn.danvan.workflow.reminder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Installs the reminder engine plugin; the Camunda starter adds every ProcessEnginePlugin bean to the engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
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
}
