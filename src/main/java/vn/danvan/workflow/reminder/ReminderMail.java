package vn.danvan.workflow.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends reminder e-mails through Spring Mail ({@code spring.mail.host/port/username/password}). Without a
 * configured host reminders are in-app only. A failure is thrown to the reminder job, which the engine then
 * retries; the Message-ID is the reminder's key, so even the copy sent again after a crash between sending
 * and committing is recognisable as the same message.
 */
final class ReminderMail {

  private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

  private final JavaMailSender sender;
  private final String from;

  ReminderMail(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
    if (sender == null) {
      log.info("No SMTP server configured (spring.mail.host): reminders are in-app notifications only");
    }
  }

  boolean enabled() {
    return sender != null;
  }

  void send(List<String> to, ReminderLetter letter, String messageId) {
    if (sender == null || to.isEmpty()) {
      return;
    }
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(from);
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(letter.subject());
      helper.setText(letter.body(), false);
      message.setHeader("Message-ID", messageId);
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    sender.send(message);
  }
}
