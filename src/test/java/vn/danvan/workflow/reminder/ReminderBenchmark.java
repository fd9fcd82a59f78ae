package vn.danvan.workflow.reminder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Not a test: {@code ./mvnw -B -Pbenchmark -DskipTests verify -Dbench=reminders [-Dreminders=10000]}. For one
 * node, then two: a fresh database on an embedded PostgreSQL 17, that many application nodes (full Spring Boot
 * contexts with the configuration of application.yaml), an in-process GreenMail SMTP server; starts the tasks as
 * if long ago, then puts the clock back to now so every reminder is due at the same instant and measures until
 * the last e-mail has arrived. Duplicates: e-mails received minus distinct Message-IDs. GreenMail runs on the same
 * cores but is not what limits the figure: its threads used ~1% of the CPU of a run (measured per thread; a bare
 * SMTP sink measured the same), ~8% before the application named Jakarta Mail's stream provider, which GreenMail's
 * parsing also looked up for every header.
 */
public final class ReminderBenchmark {

  private ReminderBenchmark() {
  }

  /** Rows for the harness's table: benchmark, setting, figure. */
  public static List<String[]> run(int reminders, List<Integer> nodeCounts) throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (int nodes : nodeCounts) {
      try (ReminderLoad load = new ReminderLoad("reminder_benchmark_" + nodes, nodes)) {
        load.createOverdueTasks(reminders, 4);
        if (Boolean.getBoolean("embedded.postgres.statements")) {
          load.resetStatements();
        }
        rows.add(measure(load, nodes, reminders, "reminder",
            String.format("reminders: %,d due at once, e-mailed (GreenMail) and recorded", reminders),
            "reminder_log", () -> load.deliverAll(reminders, Duration.ofMinutes(10))));
        if (Boolean.getBoolean("embedded.postgres.statements")) {
          load.printStatements(reminders);
        }
      }
    }
    return rows;
  }

  /**
   * {@code -Dbench=digest [-Ddigest.users=10000]}: that many users, each with one overdue task assigned to them
   * (reminders off, so only digests are sent), on one node then two; the clock moved to the next working day's
   * digest time; measured until the last digest arrived.
   */
  public static List<String[]> runDigest(int users, List<Integer> nodeCounts) throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (int nodes : nodeCounts) {
      try (ReminderLoad load = new ReminderLoad("digest_benchmark_" + nodes, nodes,
          "--danvan.reminders.enabled=false", "--danvan.reminders.digest.enabled=true")) {
        load.createUsers(users);
        load.createOverdueTasks(users, 4, i -> "user" + i);
        rows.add(measure(load, nodes, users, "digest",
            String.format("digest: %,d users with a task due, e-mailed (GreenMail) and recorded", users),
            "digest_log", () -> load.sendDigests(users, Duration.ofMinutes(10))));
      }
    }
    return rows;
  }

  /** Sends, waits for anything sent twice, and describes it: time, duplicates, log rows, cost per item, load. */
  private static String[] measure(ReminderLoad load, int nodes, int items, String item, String benchmark,
      String logTable, Callable<Duration> send) throws Exception {
    ReminderLoad.Usage before = load.usage();
    Duration took = send.call();
    Thread.sleep(3_000); // anything sent twice would arrive now (and the database's statistics are flushed)
    ReminderLoad.Usage used = load.usage().minus(before);
    int received = load.received();
    double seconds = took.toMillis() / 1000.0;
    String[] row = {benchmark, nodes + (nodes == 1 ? " node" : " nodes") + ", PostgreSQL 17",
        String.format("%.1f s until all delivered (%.0f/s); %,d e-mails, %d duplicates, %,d %s rows;%s"
            + " per %s: CPU %.2f ms JVM + %.2f ms PostgreSQL, %.2f commits, %.1f rows written; load %s", seconds,
            received / seconds, received, load.duplicateMessages(), load.count("select count(*) from " + logTable),
            logTable, logTable.equals("reminder_log") ? " sent by " + load.sentByNode() + ";" : "", item, used.jvmCpuMillis() / (double) items,
            used.postgresCpuMillis() / (double) items, used.commits() / (double) items,
            used.rowsWritten() / (double) items, ReminderLoad.loadAverage())};
    ReminderLoad.log("%s", String.join(" | ", row));
    return row;
  }
}
