package vn.danvan.workflow.reminder;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.ClassUtils;

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
  static final long QUIET_MILLIS = 1_000;
  static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";
  private static final String UTF_8 = "UTF-8";
  private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

  private final JavaMailSender sender;
  private final String from;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();

  ReminderMail(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
    nameTheStreamProvider();
    if (sender == null) {
      log.info("No SMTP server configured (spring.mail.host): reminders are in-app notifications only");
    }
  }

  /**
   * Jakarta Mail 2.1 looks its stream provider up anew through ServiceLoader for every header or body it encodes
   * or decodes (jakartaee/mail-api#861): a scan of the whole classpath for each Vietnamese subject, measured at
   * about 40% of a reminder job's CPU. Its FactoryFinder reads this system property before scanning, so naming
   * Angus Mail's provider there turns the lookup into a Class.forName. A value set by someone else is kept.
   */
  static void nameTheStreamProvider() {
    String property = StreamProvider.class.getName();
    if (System.getProperty(property) == null
        && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, ReminderMail.class.getClassLoader())) {
      System.setProperty(property, ANGUS_STREAM_PROVIDER);
    }
  }

  boolean enabled() {
    return sender != null;
  }

  void send(List<String> to, ReminderLetter letter, String messageId) {
    if (sender == null || to.isEmpty()) {
      return;
    }
    if (sender instanceof JavaMailSenderImpl smtp) {
      sendOnThisThreadsConnection(smtp, compose(new KeyedMessage(smtp.getSession(), messageId), to, letter));
    } else {
      MimeMessage message = compose(sender.createMimeMessage(), to, letter);
      try {
        message.setHeader("Message-ID", messageId);
      } catch (MessagingException e) {
        throw new MailPreparationException(e);
      }
      sender.send(message);
    }
  }

  /**
   * One message on a connection of its own, for a letter sent from a request rather than a job (whose thread
   * keeps its connection): Spring's send opens and closes it, keeping the Message-ID and the date set here.
   */
  void sendAlone(List<String> to, ReminderLetter letter, String messageId) {
    if (sender == null || to.isEmpty()) {
      return;
    }
    MimeMessage message = compose(sender.createMimeMessage(), to, letter);
    try {
      message.setHeader("Message-ID", messageId);
      message.setSentDate(ClockUtil.getCurrentTime());
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    sender.send(message);
  }

  /** Plain JavaMail: Spring's MimeMessageHelper reads mime.types from the classpath for every message not its own. */
  private MimeMessage compose(MimeMessage message, List<String> to, ReminderLetter letter) {
    try {
      InternetAddress fromAddress = new InternetAddress(from, true);
      message.setFrom(new InternetAddress(fromAddress.getAddress(), fromAddress.getPersonal(), UTF_8));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", to), true));
      message.setSubject(letter.subject(), UTF_8);
      message.setText(letter.body(), UTF_8);
      return message;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException(e);
    }
  }

  private void sendOnThisThreadsConnection(JavaMailSenderImpl smtp, MimeMessage message) {
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
      message.setSentDate(ClockUtil.getCurrentTime());
      message.saveChanges();
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

  /**
   * A message whose Message-ID is the reminder's key, set where JavaMail would make one up (which would also
   * look up the host's name for every message).
   */
  private static final class KeyedMessage extends MimeMessage {
    private final String messageId;

    KeyedMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }

  private static final class Connection {
    final Transport transport;
    final String server;
    long lastUsed = System.nanoTime(); // elapsed time, as the SMTP server counts it
    int messages;

    Connection(Transport transport, String server) {
      this.transport = transport;
      this.server = server;
    }

    boolean usable(String configuredServer) {
      long idle = (System.nanoTime() - lastUsed) / 1_000_000;
      return server.equals(configuredServer) && messages < MAX_MESSAGES && idle < MAX_IDLE_MILLIS
          && (idle < QUIET_MILLIS || transport.isConnected()); // NOOP: the server may have closed it meanwhile
    }

    void used() {
      lastUsed = System.nanoTime();
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
