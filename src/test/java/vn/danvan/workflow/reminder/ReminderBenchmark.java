package vn.danvan.workflow.reminder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test: {@code ./mvnw -B -Preminder-benchmark test-compile exec:java} (options -Dreminders=10000
 * -Dnodes=1,2). For each node count: a fresh database on an embedded PostgreSQL 17, that many application nodes
 * (full Spring Boot contexts with the configuration of application.yaml), an in-process GreenMail SMTP server;
 * starts the tasks as if long ago, then puts the clock back to now so every reminder is due at the same instant
 * and measures until the last e-mail has arrived. Duplicates: e-mails received minus distinct Message-IDs.
 */
public final class ReminderBenchmark {

  private ReminderBenchmark() {
  }

  record Result(int nodes, int reminders, int received, Duration took, long duplicates, long logRows,
      String byNode) {

    String line() {
      double seconds = took.toMillis() / 1000.0;
      return String.format("| %d | %,d | %,d | %.1f s | %.0f/s | %d | %,d | %s |", nodes, reminders, received,
          seconds, received / seconds, duplicates, logRows, byNode);
    }
  }

  public static void main(String[] args) throws Exception {
    int reminders = Integer.getInteger("reminders", 10_000);
    List<Integer> nodeCounts = Arrays.stream(System.getProperty("nodes", "1,2").split(","))
        .map(String::trim).map(Integer::valueOf).toList();
    List<Result> results = new ArrayList<>();
    for (int nodes : nodeCounts) {
      try (ReminderLoad load = new ReminderLoad("reminder_benchmark_" + nodes, nodes)) {
        load.createOverdueTasks(reminders, 4);
        Duration took = load.deliverAll(reminders, Duration.ofMinutes(10));
        Thread.sleep(3_000); // anything sent twice would arrive now
        Result result = new Result(nodes, reminders, load.received(), took, load.duplicateMessages(),
            load.count("select count(*) from reminder_log"), load.sentByNode().toString());
        results.add(result);
        ReminderLoad.log("%s", result.line());
      }
    }
    System.out.println();
    System.out.printf("Reminder benchmark: %,d reminders due at once, e-mailed to a local SMTP server (GreenMail),"
        + " PostgreSQL 17, %d cores%n", reminders, Runtime.getRuntime().availableProcessors());
    System.out.println("| nodes | reminders | e-mails received | time until all delivered | throughput | duplicates"
        + " | reminder_log rows | sent by node |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    results.forEach(result -> System.out.println(result.line()));
    System.exit(0);
  }
}
