package vn.danvan.workflow.reminder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.DanvanWorkflowApplication;
import vn.danvan.workflow.support.EmbeddedPostgres;

/**
 * N application nodes (full Spring Boot contexts, job executor on) on one fresh database of the embedded
 * PostgreSQL, e-mail to an in-process GreenMail: makes many reminders due at the same instant and watches them
 * being delivered. Used by the two-node test and by {@link ReminderBenchmark}.
 */
final class ReminderLoad implements AutoCloseable {

  /** Monday 3/3/2025 06:00 in Hà Nội: tasks started then are due Tuesday 06:00, reminded Tuesday 07:30. */
  private static final Date LONG_AGO = Date.from(LocalDateTime.of(2025, 3, 3, 6, 0).atOffset(ZoneOffset.ofHours(7))
      .toInstant());

  /** Reminders go to this many officials in turn, as 10,000 reminders of a district would. */
  static final int OFFICERS = 50;

  final GreenMail smtp;
  final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
  private final AutoCloseable postgres = EmbeddedPostgres.lease();
  private final String jdbcUrl;

  ReminderLoad(String database, int nodeCount, String... extraArguments) {
    jdbcUrl = freshDatabase(database);
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      long start = System.nanoTime();
      for (int node = 0; node < nodeCount; node++) {
        nodes.add(startNode("node-" + (char) ('a' + node), extraArguments));
      }
      log("%d node(s) started in %d ms", nodeCount, (System.nanoTime() - start) / 1_000_000);
      ProcessEngine engine = engine(0);
      engine.getRepositoryService().createDeployment().addClasspathResource("reminder/reminder-load.bpmn").deploy();
      IdentityService identity = engine.getIdentityService();
      for (int i = 0; i < OFFICERS; i++) {
        User officer = identity.newUser("officer" + i);
        officer.setFirstName("Cán bộ");
        officer.setLastName("số " + i);
        officer.setEmail("officer" + i + "@xuantruong.demo.danvan.vn");
        identity.saveUser(officer);
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  ProcessEngine engine(int node) {
    return nodes.get(node).getBean(ProcessEngine.class);
  }

  /**
   * Starts {@code count} tasks as if it were 3/3/2025, spread over the nodes, so that with the clock back to now
   * every one's reminder is long due. Until {@link #deliverAll} the job executors see nothing due.
   */
  void createOverdueTasks(int count, int threads) throws Exception {
    createOverdueTasks(count, threads, i -> "officer" + (i % OFFICERS));
  }

  /** {@code count} users {@code user0}, {@code user1}, … each with an e-mail address, 500 per transaction. */
  void createUsers(int count) {
    long start = System.nanoTime();
    IdentityService identity = engine(0).getIdentityService();
    TransactionTemplate transaction = new TransactionTemplate(nodes.get(0).getBean(PlatformTransactionManager.class));
    for (int batch = 0; batch < count; batch += 500) {
      int first = batch;
      transaction.executeWithoutResult(status -> IntStream.range(first, Math.min(count, first + 500)).forEach(i -> {
        User user = identity.newUser("user" + i);
        user.setFirstName("Người dùng");
        user.setLastName("số " + i);
        user.setEmail("user" + i + "@xuantruong.demo.danvan.vn");
        identity.saveUser(user);
      }));
    }
    log("%d users created in %d ms", count, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Moves the clock to the next working day's digest time (the timer every node's start made sure of) and waits
   * until {@code expected} e-mails arrived.
   */
  Duration sendDigests(int expected, Duration timeout) throws InterruptedException {
    java.sql.Timestamp due;
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
            "select min(duedate_) from act_ru_job where handler_type_ = 'danvan-digest-day'")) {
      rows.next();
      due = rows.getTimestamp(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    long start = System.nanoTime();
    ClockUtil.setCurrentTime(new Date(due.getTime() + 1_000));
    long deadline = start + timeout.toNanos();
    while (received() < expected && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  void createOverdueTasks(int count, int threads, java.util.function.IntFunction<String> assignee) throws Exception {
    long start = System.nanoTime();
    ClockUtil.setCurrentTime(LONG_AGO);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> started = new ArrayList<>();
      int chunk = (count + threads - 1) / threads;
      for (int thread = 0; thread < threads; thread++) {
        ConfigurableApplicationContext node = nodes.get(thread % nodes.size());
        RuntimeService runtime = node.getBean(ProcessEngine.class).getRuntimeService();
        TransactionTemplate transaction = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
        int from = thread * chunk;
        int to = Math.min(count, from + chunk);
        // 100 instances per transaction: the set-up is not what is measured
        started.add(pool.submit(() -> {
          for (int batch = from; batch < to; batch += 100) {
            int first = batch;
            transaction.executeWithoutResult(status -> IntStream.range(first, Math.min(to, first + 100))
                .forEach(i -> runtime.startProcessInstanceByKey("reminder-load", "load-" + i,
                    Map.of("assignee", assignee.apply(i)))));
          }
        }));
      }
      for (Future<?> future : started) {
        future.get();
      }
      log("%d tasks started in %d ms", count, (System.nanoTime() - start) / 1_000_000);
    } finally {
      pool.shutdown();
    }
    // as autovacuum would have by the morning the reminders fall due: planned on empty tables, a task's
    // variables cost 0.46 ms a read instead of 0.06 ms
    execute("analyze");
  }

  /** Moves the clock to now, so that every reminder is due at once, and waits until {@code expected} arrived. */
  Duration deliverAll(int expected, Duration timeout) throws InterruptedException {
    long start = System.nanoTime();
    ClockUtil.reset();
    long deadline = start + timeout.toNanos();
    while (received() < expected && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  int received() {
    return smtp.getReceivedMessages().length;
  }

  /** Messages received minus distinct Message-IDs: an e-mail sent twice. */
  long duplicateMessages() {
    MimeMessage[] received = smtp.getReceivedMessages();
    return received.length - Arrays.stream(received).map(ReminderLoad::messageId).distinct().count();
  }

  long count(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * CPU of this JVM (every node, GreenMail, the harness) and of the embedded PostgreSQL's processes (children of
   * this JVM), and the database's commits and rows written: {@link #usage()} before and after, subtracted.
   */
  record Usage(long jvmCpuMillis, long postgresCpuMillis, long commits, long rowsWritten) {
    Usage minus(Usage before) {
      return new Usage(jvmCpuMillis - before.jvmCpuMillis, postgresCpuMillis - before.postgresCpuMillis,
          commits - before.commits, rowsWritten - before.rowsWritten);
    }
  }

  Usage usage() {
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean();
    long postgres = postmaster().map(server -> cpuMillis(server)
        + server.descendants().mapToLong(ReminderLoad::cpuMillis).sum()).orElse(0L);
    String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    String stats = " from pg_stat_database where datname = '" + database + "'";
    return new Usage(os.getProcessCpuTime() / 1_000_000, postgres, count("select xact_commit" + stats),
        count("select tup_inserted + tup_updated + tup_deleted" + stats));
  }

  /** The embedded server's postmaster (pg_ctl starts it detached: not a child of this JVM), by its port. */
  private static java.util.Optional<ProcessHandle> postmaster() {
    String port = "-p " + EmbeddedPostgres.get().getPort() + " ";
    return ProcessHandle.allProcesses().filter(process -> {
      try {
        String line = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", process.pid() + "", "cmdline"))
            .replace('\0', ' ');
        return line.contains("/bin/postgres ") && line.contains(port);
      } catch (java.io.IOException | RuntimeException e) {
        return false;
      }
    }).findFirst();
  }

  /** utime + stime of a process from /proc (Linux), in ms; 0 where unreadable. */
  private static long cpuMillis(ProcessHandle process) {
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", process.pid() + "", "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // clock ticks of 10 ms
    } catch (java.io.IOException | RuntimeException e) {
      return 0;
    }
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).substring(0, 14).trim();
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  /** With {@code -Dembedded.postgres.statements=true}: forgets the statements counted so far. */
  void resetStatements() {
    execute("create extension if not exists pg_stat_statements");
    execute("select pg_stat_statements_reset()");
  }

  /** The statements since {@link #resetStatements()}, most total time first, per reminder. */
  void printStatements(int reminders) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
            "select calls, total_exec_time, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 160)"
                + " from pg_stat_statements order by total_exec_time desc limit 40")) {
      while (rows.next()) {
        log("%8d calls %6.2f/reminder %9.1f ms %7.3f ms/call %8d rows  %s", rows.getLong(1),
            rows.getLong(1) / (double) reminders, rows.getDouble(2), rows.getDouble(2) / rows.getLong(1),
            rows.getLong(3), rows.getString(4));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reminders sent, by the node (engine hostname) whose job executor sent them. */
  Map<String, Long> sentByNode() {
    Map<String, Long> byNode = new LinkedHashMap<>();
    for (int node = 0; node < nodes.size(); node++) {
      String name = "node-" + (char) ('a' + node);
      byNode.put(name, count("select count(*) from reminder_log where sent_by = '" + name + "'"));
    }
    return byNode;
  }

  @Override
  public void close() {
    ClockUtil.reset();
    nodes.forEach(ConfigurableApplicationContext::close);
    smtp.stop();
    try {
      postgres.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private ConfigurableApplicationContext startNode(String name, String... extraArguments) {
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=0",
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--camunda.bpm.process-engine-name=" + name,
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        // the test makes reminders due by moving the clock: the executors must look again within a second
        "--camunda.bpm.job-execution.max-wait=1000",
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--logging.level.root=warn",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=error"));
    if (Arrays.stream(extraArguments).noneMatch(argument -> argument.startsWith("--danvan.reminders.digest.enabled="))) {
      // reminders only: a digest falling due during a run would add its own e-mails
      arguments.add("--danvan.reminders.digest.enabled=false");
    }
    arguments.addAll(List.of(extraArguments));
    return new SpringApplicationBuilder(DanvanWorkflowApplication.class).profiles("postgres")
        .run(arguments.toArray(String[]::new));
  }

  private static String freshDatabase(String database) {
    String admin = EmbeddedPostgres.get().getJdbcUrl("postgres", "postgres");
    try (Connection connection = DriverManager.getConnection(admin, "postgres", "postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
      statement.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return EmbeddedPostgres.jdbcUrl(database);
  }

  static void log(String format, Object... arguments) {
    System.out.printf("[reminder-load] " + format + "%n", arguments);
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
