package vn.danvan.workflow.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends reminder e-mails through Spring Mail ({@code spring.mail.host/port/username/password}). Without a
 * configured host reminders are in-app only. A failure is thrown to the reminder job, which the engine then
 * retries; the Message-ID is the reminder's key, so even the copy sent again after a crash between sending and
 * committing is recognisable as the same message.
 *
 * <p>Each job-executor thread keeps its SMTP connection open between reminders (checked with NOOP after a quiet
 * second, renewed after {@value #MAX_IDLE_MILLIS} ms idle or {@value #MAX_MESSAGES} messages): opening a connection
 * (greeting, EHLO, with TLS a handshake) costs several times more than sending one message, and 10,000
 * reminders fall due at the same minute.
 */
final class ReminderMail implements AutoCloseable {

  static final long MAX_IDLE_MILLIS = 10_000;
  static final int MAX_MESSAGES = 500;
  private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

  private final JavaMailSender sender;
  private final String from;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();

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
    if (sender instanceof JavaMailSenderImpl smtp) {
      sendOnThisThreadsConnection(smtp, message, messageId);
    } else {
      sender.send(message);
    }
  }

  private void sendOnThisThreadsConnection(JavaMailSenderImpl smtp, MimeMessage message, String messageId) {
    Connection connection = connections.get();
    try {
      String server = smtp.getHost() + ":" + smtp.getPort();
      if (connection == null || !connection.usable(server)) {
        if (connection != null) {
          discard(connection);
        }
        connection = new Connection(connect(smtp), server);
        connections.set(connection);
        open.add(connection);
      }
      message.setSentDate(new Date());
      message.saveChanges();
      message.setHeader("Message-ID", messageId); // saveChanges() made up its own
      connection.transport.sendMessage(message, message.getAllRecipients());
      connection.used();
    } catch (MessagingException e) {
      if (connection != null) {
        discard(connection);
      }
      throw new MailSendException("Mail server connection failed: " + e.getMessage(), e);
    }
  }

  private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
    Transport transport = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
    String username = smtp.getUsername() == null || smtp.getUsername().isEmpty() ? null : smtp.getUsername();
    String password = username == null || smtp.getPassword() == null || smtp.getPassword().isEmpty()
        ? null : smtp.getPassword();
    transport.connect(smtp.getHost(), smtp.getPort(), username, password);
    return transport;
  }

  private void discard(Connection connection) {
    connections.remove();
    open.remove(connection);
    connection.close();
  }

  @Override
  public void close() {
    open.forEach(Connection::close);
    open.clear();
  }

  private static final class Connection {
    final Transport transport;
    final String server;
    long lastUsed = System.currentTimeMillis();
    int messages;

    Connection(Transport transport, String server) {
      this.transport = transport;
      this.server = server;
    }

    boolean usable(String configuredServer) {
      return server.equals(configuredServer) && messages < MAX_MESSAGES && System.currentTimeMillis() - lastUsed < MAX_IDLE_MILLIS
          && transport.isConnected(); // NOOP: the server may have closed it
    }

    void used() {
      lastUsed = System.currentTimeMillis();
      messages++;
    }

    void close() {
      try {
        transport.close();
      } catch (MessagingException e) {
        // gone already
      }
    }
  }
}
