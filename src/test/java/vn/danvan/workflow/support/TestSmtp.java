package vn.danvan.workflow.support;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;

/**
 * A GreenMail SMTP server on a fixed free port for a whole Spring test class (the application's mail settings are
 * read once), which a test may stop to play an outage and which {@link #reset()} brings back empty.
 */
public final class TestSmtp {

  private final int port = freePort();
  private GreenMail server;

  public TestSmtp() {
    start();
  }

  public int port() {
    return port;
  }

  public void start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  public void stop() {
    server.stop();
  }

  /** Running again (a test may have stopped it) and with no mail left from the previous test. */
  public void reset() throws FolderException {
    if (!server.isRunning()) {
      start();
    }
    server.purgeEmailFromAllMailboxes();
  }

  public MimeMessage[] received() {
    return server.getReceivedMessages();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
