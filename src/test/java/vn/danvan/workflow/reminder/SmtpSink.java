package vn.danvan.workflow.reminder;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local SMTP server that accepts every message and keeps only its Message-ID and number of recipients: the
 * reminder benchmark's receiving end. It speaks the whole dialogue a mail server does (greeting, EHLO, MAIL, RCPT,
 * DATA up to the final dot, NOOP, RSET, QUIT) over TCP, so sending costs the application what it costs against a
 * real server; unlike GreenMail it does not parse and store each message as a mailbox would, which took a share
 * of the same two cores in the benchmark.
 */
final class SmtpSink implements AutoCloseable {

  /** One message as received: its Message-ID header and how many RCPT TO it had. */
  record Received(String messageId, int recipients) {
  }

  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "smtp-sink");
    thread.setDaemon(true);
    return thread;
  });
  private final Queue<Received> received = new ConcurrentLinkedQueue<>();
  private final AtomicInteger count = new AtomicInteger();

  SmtpSink() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    connections.execute(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  int count() {
    return count.get();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    connections.shutdownNow();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.execute(() -> converse(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void converse(Socket socket) {
    try (socket; InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 smtp-sink ESMTP");
      int recipients = 0;
      for (String line = line(in); line != null; line = line(in)) {
        String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
        switch (command) {
          case "EHLO", "HELO" -> reply(out, "250 smtp-sink");
          case "MAIL" -> {
            recipients = 0;
            reply(out, "250 OK");
          }
          case "RCPT" -> {
            recipients++;
            reply(out, "250 OK");
          }
          case "DATA" -> {
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            received.add(new Received(messageIdOfData(in), recipients));
            count.incrementAndGet();
            reply(out, "250 OK queued");
          }
          case "RSET", "NOOP" -> reply(out, "250 OK");
          case "QUIT" -> {
            reply(out, "221 Bye");
            return;
          }
          default -> reply(out, "502 Command not implemented");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  /** Reads the message up to the line holding only a dot; returns its Message-ID header, if any. */
  private static String messageIdOfData(InputStream in) throws IOException {
    String messageId = null;
    boolean inHeaders = true;
    for (String line = line(in); line != null && !line.equals("."); line = line(in)) {
      if (line.isEmpty()) {
        inHeaders = false;
      } else if (inHeaders && messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
        messageId = line.substring(11).trim();
      }
    }
    return messageId;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    for (int b = in.read(); b != -1; b = in.read()) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
