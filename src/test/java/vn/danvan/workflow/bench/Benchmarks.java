package vn.danvan.workflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The benchmark harness: {@code ./mvnw -B -Pbenchmark -DskipTests verify [-Dbench=all|tasklist|registration|startup]}
 * ({@code -Dbench=reminders}: 10,000 reminders due at once, one node then two; {@code -Dbench=digest}: the daily digest for 10,000
 * users; {@code -Dbench=portal}: the portal's
 * pages over 100,000 models and tasks; {@code -Dbench=scaling}: p95 as open tasks and models grow from 10,000 to
 * 1,000,000, issue 19; {@code -Dbench=soak}: 30 minutes of mixed traffic on PostgreSQL, see {@link SoakBenchmark};
 * none of them is in "all", each takes minutes).
 * Prints one table and writes it to target/benchmarks.md. Not part of ./mvnw verify: figures, not assertions.
 */
public final class Benchmarks {

  private Benchmarks() {
  }

  public static void main(String[] args) throws Exception {
    Set<String> which = Set.copyOf(Arrays.asList((args.length == 0 ? "all" : args[0]).split(",")));
    boolean all = which.contains("all");
    List<String[]> rows = new ArrayList<>();
    if (all || which.contains("startup")) {
      Path jar = Path.of("target", "danvan-workflow.jar");
      List<String> tuned = List.of("-Xmx256m", "-XX:+UseSerialGC", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
          "-XX:MaxMetaspaceSize=192m");
      rows.addAll(StartupBenchmark.run(jar, "H2", List.of(), false));
      rows.addAll(StartupBenchmark.run(jar, "H2", tuned, false));
      rows.addAll(StartupBenchmark.runWithClassDataSharing(jar, "H2", tuned, false));
      // the context worked out by Spring AOT at build time
      List<String> aot = new ArrayList<>(tuned);
      aot.add("-Dspring.aot.enabled=true");
      rows.addAll(StartupBenchmark.runWithClassDataSharing(jar, "H2, AOT", aot, false));
      // as the Docker image starts it: the same through scripts/run-jar.sh (C2 compiler thread at low priority)
      rows.addAll(StartupBenchmark.runWithClassDataSharing(jar, "H2, AOT", aot, true));
      // the C1 compiler only: the C2 compiler's threads compete with start-up for the 2 cores (peak speed drops)
      List<String> quickJit = new ArrayList<>(aot);
      quickJit.add("-XX:TieredStopAtLevel=1");
      rows.addAll(StartupBenchmark.runWithClassDataSharing(jar, "H2, AOT, C1 only", quickJit, false));
      print(rows);
    }
    if (which.contains("startup-image")) {
      // issue 19: the Docker image's start beside its candidates, without the other configurations
      Path jar = Path.of("target", "danvan-workflow.jar");
      List<String> image = List.of("-Xmx256m", "-XX:+UseSerialGC", "-Xss512k", "-XX:ReservedCodeCacheSize=64m",
          "-XX:MaxMetaspaceSize=192m", "-Dspring.aot.enabled=true");
      rows.addAll(StartupBenchmark.runWithClassDataSharing(jar, "H2, AOT", image, true));
      // a heap that starts small, a young generation of 32 MB and a heap that gives back what it does not use
      List<String> smallHeap = new ArrayList<>(image);
      smallHeap.addAll(List.of("-Xms48m", "-Xmn32m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20"));
      rows.addAll(StartupBenchmark.runWithClassDataSharing(jar, "H2, AOT, small heap", smallHeap, true));
      String java25 = System.getProperty("startup.java25"); // e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
      if (java25 != null) {
        rows.addAll(StartupBenchmark.runWithAotCache(java25, jar, "H2, AOT, Java 25", image, true));
      }
      print(rows);
    }
    if (all || which.contains("registration")) {
      for (String database : System.getProperty("databases", "h2,postgres").split(",")) {
        rows.addAll(RegistrationBenchmark.run(database, 200));
      }
      print(rows);
    }
    if (all || which.contains("tasklist")) {
      rows.addAll(TaskListBenchmark.run(100_000, 200, 0, 500));
      print(rows);
    }
    if (which.contains("history")) {
      // the same open tasks, then with 10x as many finished instances (full history) beside them
      rows.addAll(TaskListBenchmark.run(5_000, 200, 0, 300));
      rows.addAll(TaskListBenchmark.run(5_000, 200, 50_000, 300));
    }
    if (which.contains("portal")) {
      rows.addAll(PortalBenchmark.run(Integer.getInteger("portal.samples", 300)));
    }
    if (which.contains("scaling")) {
      rows.addAll(ScalingBenchmark.run(ScalingBenchmark.sizes(), Integer.getInteger("scaling.samples", 200)));
    }
    if (which.contains("reminders")) {
      rows.addAll(vn.danvan.workflow.reminder.ReminderBenchmark.run(Integer.getInteger("reminders", 10_000),
          Arrays.stream(System.getProperty("reminders.nodes", "1,2").split(",")).map(Integer::valueOf).toList()));
    }
    if (which.contains("digest")) {
      rows.addAll(vn.danvan.workflow.reminder.ReminderBenchmark.runDigest(Integer.getInteger("digest.users", 10_000),
          Arrays.stream(System.getProperty("digest.nodes", "1,2").split(",")).map(Integer::valueOf).toList()));
    }
    if (which.contains("soak")) {
      rows.addAll(SoakBenchmark.run());
    }
    String table = print(rows);
    if (which.contains("soak")) { // the per-minute tables below the summary
      table += "\n" + Files.readString(SoakBenchmark.REPORT);
    }
    Path out = Path.of("target", "benchmarks.md");
    Files.writeString(out, "# Benchmarks " + LocalDateTime.now() + " on " + Runtime.getRuntime().availableProcessors()
        + " cores\n\n" + table);
    System.out.println("Written to " + out.toAbsolutePath());
    System.exit(0);
  }

  private static String print(List<String[]> rows) {
    StringBuilder table = new StringBuilder("| benchmark | setting | figure |\n|---|---|---|\n");
    for (String[] row : rows) {
      table.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    System.out.println(table);
    return table.toString();
  }
}
