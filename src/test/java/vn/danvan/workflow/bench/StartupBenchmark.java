package vn.danvan.workflow.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 7: the packaged jar as an operator starts it, on H2: time from launch to a ready health probe, first
 * start (schema created) and restarts (median of five), and resident memory after it has sat idle. Also the way
 * the Docker image starts it: the jar extracted (plain jars load faster than nested ones) with a class data
 * sharing archive recorded by a training run that stops after the context has started
 * ({@code spring.context.exit}), with and without the AOT-generated context ({@code -Dspring.aot.enabled=true}).
 */
final class StartupBenchmark {

  private StartupBenchmark() {
  }

  /** Extracts the jar, records the CDS archive in a training run (not timed: it happens once, at image build). */
  static List<String[]> runWithClassDataSharing(Path jar, String label, List<String> jvmOptions, boolean viaRunJar)
      throws Exception {
    return trainedThenRun(java(), jar, label + ", extracted + CDS", "application.jsa", "-XX:ArchiveClassesAtExit=",
        "-XX:SharedArchiveFile=", jvmOptions, viaRunJar);
  }

  /**
   * The jar extracted, one untimed training start that writes the archive ({@code record} + its path), then the
   * timed starts that use it ({@code use} + its path): CDS and the AOT cache differ only in those flags.
   */
  private static List<String[]> trainedThenRun(String java, Path jar, String label, String archiveName,
      String record, String use, List<String> jvmOptions, boolean viaRunJar) throws Exception {
    Path extracted = Files.createTempDirectory("bench-training");
    exec(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", extracted.toString(),
        "--force"), extracted);
    Path application = extracted.resolve(jar.getFileName());
    Path archive = extracted.resolve(archiveName);
    List<String> training = new ArrayList<>(List.of(java));
    training.addAll(jvmOptions);
    training.addAll(List.of(record + archive, "-Dspring.context.exit=onRefresh", "-jar", application.toString(),
        "--server.port=0"));
    exec(training, Files.createTempDirectory("bench-training-run"));
    List<String> options = new ArrayList<>(jvmOptions);
    options.add(use + archive);
    return run(java, application, label + (viaRunJar ? ", " + RUN_JAR : ""), options, viaRunJar);
  }

  private static void exec(List<String> command, Path data) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(data.resolve("exec.txt").toFile());
    builder.environment().put("DATA_DIR", data.toString());
    Process process = builder.start();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(command + " failed; see " + data.resolve("exec.txt"));
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Restarts per configuration: a start on this shared 2-core VM moves by seconds from one run to the next. */
  private static final int RESTARTS = 5;

  static List<String[]> run(Path jar, String label, List<String> jvmOptions, boolean viaRunJar) throws Exception {
    return run(java(), jar, label, jvmOptions, viaRunJar);
  }

  /**
   * Issue 19's candidate: a Java 24+ runtime's AOT cache (JEP 483, recorded in one training start as JEP 514
   * allows), which holds the classes loaded and linked, where CDS holds them only loaded. {@code java} is that
   * runtime's launcher; the jar is the same (built for Java 17).
   */
  static List<String[]> runWithAotCache(String java, Path jar, String label, List<String> jvmOptions,
      boolean viaRunJar) throws Exception {
    return trainedThenRun(java, jar, label + ", extracted + AOT cache", "application.aot", "-XX:AOTCacheOutput=",
        "-XX:AOTCache=", jvmOptions, viaRunJar);
  }

  private static List<String[]> run(String java, Path jar, String label, List<String> jvmOptions, boolean viaRunJar)
      throws Exception {
    Path data = Files.createTempDirectory("bench-start");
    double first = start(java, jar, data, jvmOptions, viaRunJar);
    List<Double> restarts = new ArrayList<>();
    for (int i = 1; i < RESTARTS; i++) {
      restarts.add(start(java, jar, data, jvmOptions, viaRunJar));
    }
    double[] last = startAndMeasureIdle(java, jar, data, jvmOptions, viaRunJar);
    restarts.add(last[0]);
    List<Double> sorted = restarts.stream().sorted().toList();
    String options = jvmOptions.isEmpty() ? "JVM defaults" : String.join(" ", jvmOptions);
    return List.of(
        new String[] {"Jar start to ready, first start (" + label + ")", options, String.format("%.1f s", first)},
        new String[] {"Jar start to ready, restart (" + label + ")", options,
            String.format("%.1f s (median of %d, %.1f-%.1f)", sorted.get(sorted.size() / 2), sorted.size(),
                sorted.get(0), sorted.get(sorted.size() - 1))},
        new String[] {"Idle RSS after 30 s (" + label + ")", options, String.format("%.0f MB", last[1])});
  }

  private static double start(String java, Path jar, Path data, List<String> options, boolean viaRunJar)
      throws Exception {
    Process process = launch(java, jar, data, options, viaRunJar);
    try {
      return waitReady(process);
    } finally {
      stop(process);
    }
  }

  private static double[] startAndMeasureIdle(String java, Path jar, Path data, List<String> options,
      boolean viaRunJar) throws Exception {
    Process process = launch(java, jar, data, options, viaRunJar);
    try {
      double ready = waitReady(process);
      Thread.sleep(30_000);
      return new double[] {ready, rssMegabytes(process.pid())};
    } finally {
      stop(process);
    }
  }

  private static final int PORT = 18099;

  /** The Docker image's launcher: the JIT's C2 thread at the lowest CPU priority (it then execs java). */
  private static final String RUN_JAR = "scripts/run-jar.sh";

  private static Process launch(String java, Path jar, Path data, List<String> options, boolean viaRunJar)
      throws IOException {
    List<String> command = new ArrayList<>(viaRunJar ? List.of("sh", RUN_JAR) : List.of(java));
    command.addAll(options);
    command.addAll(List.of("-jar", jar.toString(), "--server.port=" + PORT));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(data.resolve("log.txt").toFile());
    builder.environment().put("DATA_DIR", data.toString());
    builder.environment().put("ADMIN_PASSWORD", BenchApp.PASSWORD);
    builder.environment().put("JAVA", java);
    return builder.start();
  }

  private static double waitReady(Process process) throws Exception {
    long t0 = System.nanoTime();
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest probe = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/actuator/health/readiness"))
        .build();
    while (System.nanoTime() - t0 < 180_000_000_000L) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The jar exited with " + process.exitValue());
      }
      try {
        if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - t0) / 1e9;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Not ready after 180 s");
  }

  private static double rssMegabytes(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("No VmRSS for " + pid);
  }

  private static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
