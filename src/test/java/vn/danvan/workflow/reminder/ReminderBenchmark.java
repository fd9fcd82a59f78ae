package vn.danvan.workflow.reminder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
        Duration took = load.deliverAll(reminders, Duration.ofMinutes(10));
        Thread.sleep(3_000); // anything sent twice would arrive now
        int received = load.received();
        double seconds = took.toMillis() / 1000.0;
        String[] row = {
            String.format("reminders: %,d due at once, e-mailed (GreenMail) and recorded", reminders),
            nodes + (nodes == 1 ? " node" : " nodes") + ", PostgreSQL 17",
            String.format("%.1f s until all delivered (%.0f/s); %,d e-mails, %d duplicates, %,d reminder_log rows;"
                + " sent by %s", seconds, received / seconds, received, load.duplicateMessages(),
                load.count("select count(*) from reminder_log"), load.sentByNode())};
        ReminderLoad.log("%s", String.join(" | ", row));
        rows.add(row);
      }
    }
    return rows;
  }
}
