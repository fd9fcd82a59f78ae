package vn.danvan.workflow.reminder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Installs the reminder engine plugin; the Camunda starter adds every ProcessEnginePlugin bean to the engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderSettings.class)
class ReminderConfiguration {

  @Bean
  ReminderEnginePlugin reminderEnginePlugin(ReminderSettings settings, WorkingDayCalendar calendar,
      ObjectProvider<JavaMailSender> mailSender) {
    return new ReminderEnginePlugin(settings, calendar, mailSender.getIfAvailable());
  }
}
