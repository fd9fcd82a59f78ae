package vn.danvan.workflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.registration.RegistrationBench;

/**
 * Issue 7: registration → review decision, one instance after another, through our REST API (register, find
 * the review task, claim, complete: 4 HTTP calls as commune1 and reviewer) versus the same steps through the
 * engine's Java API in this JVM (save the model and start the process in one transaction, query, claim,
 * complete). Same application, same database, same run.
 *
 * <p>Both paths are warmed up until the JIT has compiled them (the REST path runs far more code: Tomcat, Spring
 * MVC, Security, Jackson), then measured in alternating rounds so that neither profits from running last; the
 * figure is the median round. Each round also records every step's latency, to show where REST time goes.
 */
final class RegistrationBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WARM_UP = Integer.getInteger("registration.warmUp", 300);
  /** Rounds of each path, alternating: this shared VM's speed drifts by 10-20 % within minutes. */
  private static final int ROUNDS = Integer.getInteger("registration.rounds", 5);
  private static final String[] STEPS = {"register", "find task", "claim", "complete"};
  /**
   * Clients at once ({@code -Dregistration.clients=N}): with one, every call's time on the wire adds to the REST
   * path; with several, it overlaps the service's work and the ratio compares what each path costs the machine.
   */
  private static final int CLIENTS = Integer.getInteger("registration.clients", 1);

  private RegistrationBenchmark() {
  }

  static List<String[]> run(String database, int instancesPerRound) throws Exception {
    try (ConfigurableApplicationContext app = BenchApp.start(database, "bench_registration",
        "--camunda.bpm.job-execution.enabled=false")) {
      Http http = new Http(BenchApp.port(app));
      JavaPath java = new JavaPath(app);
      Latencies[] restSteps = latencies(instancesPerRound * ROUNDS);
      Latencies[] javaSteps = latencies(instancesPerRound * ROUNDS);
      Latencies[] ignored = latencies(WARM_UP * 2);
      for (int i = 0; i < WARM_UP; i++) {
        viaRest(http, "khởi động " + i, ignored);
        java.run("khởi động " + i, ignored);
      }
      ServerTimes server = new ServerTimes(app.getBean(MeterRegistry.class));
      List<Double> restRates = new ArrayList<>();
      List<Double> javaRates = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        // each path goes first in every other round, so neither always meets the database after the other's writes
        if (round % 2 == 0) {
          restRates.add(restRound(http, round, instancesPerRound, restSteps));
          javaRates.add(javaRound(java, round, instancesPerRound, javaSteps));
        } else {
          javaRates.add(javaRound(java, round, instancesPerRound, javaSteps));
          restRates.add(restRound(http, round, instancesPerRound, restSteps));
        }
      }
      double rest = median(restRates);
      double raw = median(javaRates);
      String label = (database.equals("postgres") ? "PostgreSQL 17 (embedded)" : "H2 file")
          + (CLIENTS > 1 ? ", " + CLIENTS + " clients at once" : "");
      List<String[]> rows = new ArrayList<>(List.of(
          new String[] {"Registration → decision via REST API", label, rate(rest, restRates)},
          new String[] {"Registration → decision via engine Java API", label, rate(raw, javaRates)},
          new String[] {"REST / raw ratio", label, String.format("%.2fx", rest / raw)}));
      if (CLIENTS == 1) { // with several clients the steps' latencies are not recorded
        rows.add(new String[] {"Registration steps p50, REST / Java", label, steps(restSteps, javaSteps)});
        rows.add(new String[] {"REST steps, mean inside the service (Micrometer) / as the client saw it", label,
            server.since(restSteps)});
      }
      return rows;
    }
  }

  private static double restRound(Http http, int round, int instances, Latencies[] steps) throws Exception {
    return round(instances, steps, (i, into) -> viaRest(http, "REST " + round + "-" + i, into));
  }

  private static double javaRound(JavaPath java, int round, int instances, Latencies[] steps) throws Exception {
    return round(instances, steps, (i, into) -> java.run("Java " + round + "-" + i, into));
  }

  private interface Instance {
    void run(int index, Latencies[] steps) throws Exception;
  }

  /** Instances per second: one after another, or shared out over {@link #CLIENTS} threads (latencies dropped). */
  private static double round(int instances, Latencies[] steps, Instance instance) throws Exception {
    long t0 = System.nanoTime();
    if (CLIENTS == 1) {
      for (int i = 0; i < instances; i++) {
        instance.run(i, steps);
      }
    } else {
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
          int first = client;
          done.add(clients.submit(() -> {
            Latencies[] own = latencies(instances);
            for (int i = first; i < instances; i += CLIENTS) {
              instance.run(i, own);
            }
            return null;
          }));
        }
        for (Future<?> future : done) {
          future.get();
        }
      } finally {
        clients.shutdown();
      }
    }
    return instances / ((System.nanoTime() - t0) / 1e9);
  }

  private static void viaRest(Http http, String name, Latencies[] steps) throws Exception {
    String body = JSON.writeValueAsString(Map.ofEntries(Map.entry("kind", "MODEL"), Map.entry("name", name),
        Map.entry("unitId", "xa-xuan-hong"), Map.entry("field", "ECONOMY"), Map.entry("year", 2026),
        Map.entry("situation", "s"), Map.entry("goals", "g"), Map.entry("content", "c"), Map.entry("area", "a"),
        Map.entry("forces", "f"), Map.entry("timeline", "t"), Map.entry("outputs", "o")));
    long t0 = System.nanoTime();
    long id = JSON.readTree(http.post("commune1", BenchApp.PASSWORD, "/api/models", body)).path("id").asLong();
    long t1 = System.nanoTime();
    String taskId = JSON.readTree(http.get("reviewer", BenchApp.PASSWORD, "/api/tasks?modelId=" + id))
        .path("content").path(0).path("id").asText();
    long t2 = System.nanoTime();
    http.post("reviewer", BenchApp.PASSWORD, "/api/tasks/" + taskId + "/claim", null);
    long t3 = System.nanoTime();
    http.post("reviewer", BenchApp.PASSWORD, "/api/tasks/" + taskId + "/complete", "{\"decision\":\"APPROVE\"}");
    record(steps, t0, t1, t2, t3, System.nanoTime());
  }

  /** The same steps through the engine's Java API, as the reviewer (so engine authorization applies alike). */
  private record JavaPath(RegistrationBench raw, TaskService tasks, IdentityService identity, TransactionTemplate tx) {

    JavaPath(ConfigurableApplicationContext app) {
      this(app.getBean(RegistrationBench.class), app.getBean(TaskService.class), app.getBean(IdentityService.class),
          new TransactionTemplate(app.getBean(PlatformTransactionManager.class)));
    }

    void run(String name, Latencies[] steps) {
      long t0 = System.nanoTime();
      String instance = tx.execute(status -> raw.register("commune1", "xa-xuan-hong", name));
      long t1 = System.nanoTime();
      String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
      long t2 = System.nanoTime();
      identity.setAuthentication("reviewer", List.of("ban-dan-van-huyen"));
      try {
        tasks.claim(taskId, "reviewer");
        long t3 = System.nanoTime();
        tasks.complete(taskId, Map.of("decision", "APPROVE"));
        record(steps, t0, t1, t2, t3, System.nanoTime());
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  /**
   * The service's own time per REST step (Spring's http.server.requests timers, from the first filter to the
   * response written) over the measured rounds, beside the client's mean: the difference is transport, Tomcat's
   * hand-over between threads, and the client.
   */
  private static final class ServerTimes {

    private static final String[][] URIS = {{"POST", "/api/models"}, {"GET", "/api/tasks"},
        {"POST", "/api/tasks/{id}/claim"}, {"POST", "/api/tasks/{id}/complete"}};
    private final MeterRegistry registry;
    private final double[] totalsBefore = new double[URIS.length];
    private final long[] countsBefore = new long[URIS.length];

    ServerTimes(MeterRegistry registry) {
      this.registry = registry;
      for (int i = 0; i < URIS.length; i++) {
        Timer timer = timer(i);
        totalsBefore[i] = timer == null ? 0 : timer.totalTime(TimeUnit.MILLISECONDS);
        countsBefore[i] = timer == null ? 0 : timer.count();
      }
    }

    String since(Latencies[] client) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < URIS.length; i++) {
        Timer timer = timer(i);
        long count = timer == null ? 0 : timer.count() - countsBefore[i];
        double mean = count == 0 ? Double.NaN : (timer.totalTime(TimeUnit.MILLISECONDS) - totalsBefore[i]) / count;
        parts.add(String.format("%s %.1f / %.1f ms", STEPS[i], mean, client[i].mean()));
      }
      return String.join("; ", parts);
    }

    private Timer timer(int i) {
      return registry.find("http.server.requests").tag("method", URIS[i][0]).tag("uri", URIS[i][1])
          .tag("status", i == 0 ? "201" : i == 3 ? "204" : "200").timer();
    }
  }

  private static void record(Latencies[] steps, long... marks) {
    for (int i = 0; i < STEPS.length; i++) {
      steps[i].add(marks[i + 1] - marks[i]);
    }
  }

  private static Latencies[] latencies(int capacity) {
    Latencies[] steps = new Latencies[STEPS.length];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = new Latencies(capacity);
    }
    return steps;
  }

  private static String steps(Latencies[] rest, Latencies[] java) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < STEPS.length; i++) {
      parts.add(String.format("%s %.1f / %.1f ms", STEPS[i], rest[i].percentile(50), java[i].percentile(50)));
    }
    return String.join("; ", parts);
  }

  private static String rate(double median, List<Double> rounds) {
    return String.format("%.1f instances/s (median of rounds %s)", median,
        rounds.stream().map(r -> String.format("%.1f", r)).toList());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
