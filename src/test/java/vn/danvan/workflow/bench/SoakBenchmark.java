package vn.danvan.workflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.awt.BasicStroke;
import java.awt.Color;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.EmbeddedPostgres;

/**
 * Issue 19: a soak. The service on PostgreSQL (job executor on, as in production) under a steady mix of
 * registrations, task lists, claims and completions, reports and portal pages for {@code -Dsoak.minutes} (30), at
 * {@code -Dsoak.rate} requests a second (20). Open loop: requests are sent at fixed intended times whatever the
 * answers' speed, and each latency is counted from its intended time, so a stall is not hidden by sending less
 * (coordinated omission). Every minute it records that minute's p50/p99 per kind, the old generation after the last
 * GC that collected it, threads, the connection pool and PostgreSQL's connections, open tasks and the load average;
 * at the end a verdict computed from those figures, target/soak.md and a chart (docs/performance-soak.png).
 * With {@code -Dsoak.fullGcEveryMinutes=N} it asks for a full collection (System.gc()) at the end of every N-th
 * minute before reading the old generation: at a low rate the old generation may need no collection in 30 minutes,
 * and its size after GC is then never seen. The pause falls on the requests in flight, in every such minute alike.
 *
 * <p>The load generator runs in the service's JVM (its heap and CPU included): its threads are counted apart
 * ("soak-*", the HTTP client's "HttpClient-*"), its own data is a few MB of samples.
 */
final class SoakBenchmark {

  static final Path REPORT = Path.of("target", "soak.md");
  private static final int FULL_GC_EVERY = Integer.getInteger("soak.fullGcEveryMinutes", 0);
  private static final String DATABASE = "bench_soak";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
  /** Tolerances of the verdict: this shared 2-core machine's speed drifts 10-20 % within minutes. */
  private static final double P99_TOLERANCE = 1.25;
  private static final double HEAP_TOLERANCE_MB = 8;

  enum Kind {
    REGISTER("register (POST /api/models)"),
    TASKS_API("task list API (scope=group)"),
    FIND_TASK("find review task (API)"),
    CLAIM("claim (API)"),
    COMPLETE("complete (API)"),
    REPORT("report (GET /api/reports/2026)"),
    HOME("portal /"),
    MODELS("portal /mo-hinh"),
    MODEL("portal /mo-hinh/{id}"),
    TASKS_PAGE("portal /cong-viec");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** One turn of the mix; a review is three requests (find the task, claim, complete). */
  private enum Op {
    REGISTER(1), TASKS_API(1), HOME(1), REVIEW(3), MODELS(1), REPORT(1), MODEL(1), TASKS_PAGE(1);

    final int requests;

    Op(int requests) {
      this.requests = requests;
    }
  }

  private static final Op[] CYCLE = Op.values();

  private SoakBenchmark() {
  }

  static List<String[]> run() throws Exception {
    double rate = Double.parseDouble(System.getProperty("soak.rate", "20"));
    int minutes = Integer.getInteger("soak.minutes", 30);
    int warmUp = Integer.getInteger("soak.warmupMinutes", 2);
    int models = Integer.getInteger("soak.models", 5_000);
    int tasks = Integer.getInteger("soak.tasks", 2_000);
    Path chart = Path.of(System.getProperty("soak.chart", "docs/performance-soak.png"));
    if (minutes - warmUp < 2) {
      throw new IllegalArgumentException("soak.minutes must exceed soak.warmupMinutes by 2 or more");
    }
    freshDatabase(); // every soak starts from the same base, even with a kept data folder
    try (ConfigurableApplicationContext app = BenchApp.start("postgres", DATABASE)) { // job executor on
      JdbcTemplate sql = new JdbcTemplate(app.getBean(DataSource.class));
      long loadStart = System.nanoTime();
      BenchData.createUnitsAndUsers(app, sql);
      BenchData.loadModels(sql, models, 5);
      PortalBenchmark.loadTasks(app, sql, tasks);
      BenchData.loadFinishedSteps(sql, 20_000);
      sql.execute("ANALYZE");
      System.out.printf("Soak: base loaded in %.0f s (%,d models, %,d open tasks)%n",
          (System.nanoTime() - loadStart) / 1e9, models, tasks);
      long firstModel = sql.queryForObject("select min(id) from mobilization_model where unit_id like 'bench-%'",
          Long.class);
      Traffic traffic = new Traffic(BenchApp.port(app), firstModel, models);
      Gauges.Reader gauges = new Gauges.Reader(sql, app.getBean(DataSource.class).unwrap(HikariDataSource.class));
      String setting = String.format("PostgreSQL 17 (embedded), %.0f requests/s for %d min (first %d warm-up), "
          + "%s; service and load generator in one JVM, job executor on%s", rate, minutes, warmUp, jvm(),
          FULL_GC_EVERY > 0 ? "; a full GC asked at the end of every " + FULL_GC_EVERY + ". minute" : "");
      System.out.println("Soak: " + setting);
      traffic.checkOnce();
      Run result = new Run(rate, minutes, traffic, gauges).go();
      Verdict verdict = new Verdict(result, warmUp);
      String report = report(setting, result, verdict);
      Files.createDirectories(REPORT.getParent());
      Files.writeString(REPORT, report);
      System.out.println(report);
      drawChart(chart, result, rate, warmUp);
      System.out.println("Written to " + REPORT.toAbsolutePath() + " and " + chart.toAbsolutePath());
      return verdict.rows(setting);
    }
  }

  private static void freshDatabase() throws Exception {
    try (Connection connection = EmbeddedPostgres.get().getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + DATABASE + " with (force)");
    }
  }

  private static String jvm() {
    List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-Xm") || a.startsWith("-XX:+Use") || a.startsWith("-Xss")).toList();
    String collectors = String.join("/", ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).toList());
    return String.format("JVM max heap %d MB (%s), GC %s", Runtime.getRuntime().maxMemory() >> 20,
        options.isEmpty() ? "JVM defaults" : String.join(" ", options), collectors);
  }

  /** The requests of the mix, as REST clients (Basic auth) and as signed-in browsers. */
  private static final class Traffic {

    private final Http http;
    private final PortalSession reviewer;
    private final PortalSession[] communes = new PortalSession[10];
    private final long firstModel;
    private final int models;
    /** Models registered and not yet reviewed: each review takes one, so open tasks neither pile up nor run out. */
    private final ConcurrentLinkedQueue<Long> toReview = new ConcurrentLinkedQueue<>();
    final AtomicInteger reviewsWithoutModel = new AtomicInteger();
    private final AtomicLong registered = new AtomicLong();

    Traffic(int port, long firstModel, int models) {
      this.http = new Http(port);
      this.reviewer = new PortalSession(port, "reviewer", BenchApp.PASSWORD);
      for (int i = 0; i < communes.length; i++) {
        communes[i] = new PortalSession(port, BenchData.user(i * 17 % 200), BenchApp.PASSWORD);
      }
      this.firstModel = firstModel;
      this.models = models;
    }

    /** Each page and call once before the clock starts: a broken path fails here, not as 36,000 errors. */
    void checkOnce() throws Exception {
      long id = register();
      toReview.add(id);
      review(null, 0);
      for (Kind kind : List.of(Kind.TASKS_API, Kind.REPORT, Kind.HOME, Kind.MODELS, Kind.MODEL, Kind.TASKS_PAGE)) {
        single(kind, 0);
      }
    }

    long register() throws Exception {
      String body = JSON.writeValueAsString(Map.ofEntries(Map.entry("kind", "MODEL"),
          Map.entry("name", "Mô hình chạy dài " + registered.incrementAndGet()), Map.entry("unitId", "xa-xuan-hong"),
          Map.entry("field", "ECONOMY"), Map.entry("year", 2026), Map.entry("situation", "s"),
          Map.entry("goals", "g"), Map.entry("content", "c"), Map.entry("area", "a"), Map.entry("forces", "f"),
          Map.entry("timeline", "t"), Map.entry("outputs", "o")));
      return JSON.readTree(http.post("commune1", BenchApp.PASSWORD, "/api/models", body)).path("id").asLong();
    }

    /** One request of a kind that stands alone. */
    void single(Kind kind, long n) throws Exception {
      switch (kind) {
        case REGISTER -> toReview.add(register());
        case TASKS_API -> http.get("reviewer", BenchApp.PASSWORD, "/api/tasks?scope=group");
        case REPORT -> http.get("reviewer", BenchApp.PASSWORD, "/api/reports/2026");
        case HOME -> communes[(int) (n % communes.length)].page("/");
        case MODELS -> reviewer.page("/mo-hinh");
        case MODEL -> reviewer.page("/mo-hinh/" + (firstModel + (n * 7919L) % models));
        case TASKS_PAGE -> reviewer.page("/cong-viec");
        default -> throw new IllegalArgumentException(kind.name());
      }
    }

    /**
     * The reviewer finds a registered model's task, claims and completes it (approve: the process ends). The
     * finding is timed from the intended start, the claim and completion each from their own start (they follow
     * at once).
     */
    void review(Recorder recorder, long intended) throws Exception {
      Long modelId = toReview.poll();
      if (modelId == null) { // the registration sent before it has not answered yet
        reviewsWithoutModel.incrementAndGet();
        return;
      }
      String taskId = step(recorder, Kind.FIND_TASK, intended, () -> {
        String id = JSON.readTree(http.get("reviewer", BenchApp.PASSWORD, "/api/tasks?modelId=" + modelId))
            .path("content").path(0).path("id").asText();
        if (id.isEmpty()) {
          throw new IllegalStateException("no review task for model " + modelId);
        }
        return id;
      });
      if (taskId == null) {
        return;
      }
      String claimed = step(recorder, Kind.CLAIM, System.nanoTime(),
          () -> http.post("reviewer", BenchApp.PASSWORD, "/api/tasks/" + taskId + "/claim", null));
      if (claimed != null) {
        step(recorder, Kind.COMPLETE, System.nanoTime(), () -> http.post("reviewer", BenchApp.PASSWORD,
            "/api/tasks/" + taskId + "/complete", "{\"decision\":\"APPROVE\"}"));
      }
    }

    private interface Call {
      String call() throws Exception;
    }

    /** The call's answer, or null when it failed (counted as an error by the recorder; thrown without one). */
    private static String step(Recorder recorder, Kind kind, long start, Call call) throws Exception {
      if (recorder == null) {
        return call.call();
      }
      try {
        String answer = call.call();
        recorder.ok(kind, start);
        return answer == null ? "" : answer;
      } catch (Exception e) {
        recorder.failed(kind, e);
        return null;
      }
    }
  }

  /** Where a request's outcome goes: the minute of its intended start. */
  private interface Recorder {
    void ok(Kind kind, long start);

    void failed(Kind kind, Exception e);
  }

  /** One minute's samples and, at its end, its gauges. */
  static final class Minute {

    /** 1 for the first minute. */
    final int number;
    final Latencies all;
    final Map<Kind, Latencies> byKind = new EnumMap<>(Kind.class);
    final int[] errors = new int[Kind.values().length];
    Gauges gauges;
    /** Operations sent and not yet answered at the minute's end. */
    int inFlight;

    Minute(int number, int perKind, int capacity) {
      this.number = number;
      all = new Latencies(capacity);
      for (Kind kind : Kind.values()) {
        byKind.put(kind, new Latencies(perKind));
      }
    }

    synchronized void ok(Kind kind, long nanos) {
      all.add(nanos);
      byKind.get(kind).add(nanos);
    }

    synchronized void failed(Kind kind) {
      errors[kind.ordinal()]++;
    }

    synchronized int requests() {
      return all.count() + errorCount();
    }

    synchronized int errorCount() {
      int sum = 0;
      for (int e : errors) {
        sum += e;
      }
      return sum;
    }

    synchronized double p(double percentile) {
      return all.percentile(percentile);
    }

    synchronized String kind(Kind kind) {
      Latencies latencies = byKind.get(kind);
      String cell = latencies.count() == 0 ? "–" : String.format("%.0f/%.0f", latencies.percentile(50),
          latencies.percentile(99));
      return errors[kind.ordinal()] == 0 ? cell : cell + " (" + errors[kind.ordinal()] + " err)";
    }
  }

  /** What the JVM, the pool and the database hold at a minute's end. */
  record Gauges(double oldGenAfterGcMb, long oldCollections, int threads, int peakThreads, int serviceThreads,
      int poolActive, int poolIdle, int poolTotal, int poolWaiting, long databaseConnections, long openTasks,
      long jobs, double load, double cpuSeconds) {

    static final class Reader {

      private final JdbcTemplate sql;
      private final HikariPoolMXBean pool;
      private final List<MemoryPoolMXBean> oldPools;
      private final List<GarbageCollectorMXBean> oldCollectors;

      Reader(JdbcTemplate sql, HikariDataSource dataSource) {
        this.sql = sql;
        this.pool = dataSource.getHikariPoolMXBean();
        // the pools that hold what survives young collections: Serial "Tenured Gen", G1 "G1 Old Gen", "PS Old Gen"
        this.oldPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
            .toList();
        // the collectors that collect them: Serial "MarkSweepCompact", G1 "G1 Old Generation", ...; not the young ones
        this.oldCollectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(c -> !c.getName().matches(".*(Young|Copy|Scavenge|ParNew).*")).toList();
        if (oldPools.isEmpty()) {
          throw new IllegalStateException("No old-generation memory pool in " + ManagementFactory
              .getMemoryPoolMXBeans().stream().map(MemoryPoolMXBean::getName).toList());
        }
      }

      Gauges read() {
        // getCollectionUsage: the pool as the last collection of it left it, without forcing one
        double oldAfterGc = oldPools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum() / 1048576.0;
        long oldCollections = oldCollectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int service = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
          if (info != null && !info.getThreadName().startsWith("soak-")
              && !info.getThreadName().startsWith("HttpClient-")) {
            service++;
          }
        }
        return new Gauges(oldAfterGc, oldCollections, threads.getThreadCount(), threads.getPeakThreadCount(),
            service, pool.getActiveConnections(), pool.getIdleConnections(), pool.getTotalConnections(),
            pool.getThreadsAwaitingConnection(),
            count("select count(*) from pg_stat_activity where datname = current_database()"),
            count("select count(*) from act_ru_task"), count("select count(*) from act_ru_job"), loadAverage(),
            ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9);
      }

      private long count(String query) {
        try {
          return sql.queryForObject(query, Long.class);
        } catch (RuntimeException e) { // a pool that is exhausted shows here as -1, and in the errors
          return -1;
        }
      }

      private static double loadAverage() {
        try {
          return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
          return Double.NaN;
        }
      }
    }
  }

  /** The schedule: one thread sends at fixed intended times, workers answer, a third thread reads the gauges. */
  private static final class Run implements Recorder {

    private final Traffic traffic;
    private final Gauges.Reader gauges;
    private final int minutes;
    private final long interval;
    final Minute[] perMinute;
    final Map<Kind, List<String>> firstErrors = new EnumMap<>(Kind.class);
    final double rate;
    long scheduled;
    long unfinished;
    long maxDispatchLagNanos;
    double cpuAtStart;
    private final AtomicInteger inFlight = new AtomicInteger();
    private long start;
    private final ThreadLocal<Long> intendedMinute = new ThreadLocal<>();

    Run(double rate, int minutes, Traffic traffic, Gauges.Reader gauges) {
      this.rate = rate;
      this.minutes = minutes;
      this.traffic = traffic;
      this.gauges = gauges;
      int requestsPerCycle = 0;
      for (Op op : CYCLE) {
        requestsPerCycle += op.requests;
      }
      // operations are spaced so that requests (a review is three) arrive at the asked rate on average
      this.interval = (long) (1e9 * requestsPerCycle / (CYCLE.length * rate));
      // samples sized to the schedule: a kind comes once a turn, so a minute holds at most this many of each
      int turnsPerMinute = (int) (MINUTE / (interval * CYCLE.length)) + 2;
      this.perMinute = new Minute[minutes];
      for (int m = 0; m < minutes; m++) {
        perMinute[m] = new Minute(m + 1, turnsPerMinute, turnsPerMinute * requestsPerCycle);
      }
    }

    Run go() throws Exception {
      AtomicInteger workerNumber = new AtomicInteger();
      ThreadPoolExecutor workers = new ThreadPoolExecutor(32, 32, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
          r -> new Thread(r, "soak-worker-" + workerNumber.incrementAndGet()));
      workers.prestartAllCoreThreads(); // a fixed number, so the generator adds nothing to the thread trend
      cpuAtStart = gauges.read().cpuSeconds();
      start = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
      long end = start + minutes * MINUTE;
      Thread sampler = new Thread(() -> sample(end), "soak-sampler");
      sampler.start();
      for (long n = 0; ; n++) {
        long intended = start + n * interval;
        if (intended >= end) {
          break;
        }
        long wait;
        while ((wait = intended - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        maxDispatchLagNanos = Math.max(maxDispatchLagNanos, -wait);
        Op op = CYCLE[(int) (n % CYCLE.length)];
        long number = n / CYCLE.length;
        inFlight.incrementAndGet();
        workers.execute(() -> perform(op, number, intended));
        scheduled++;
      }
      workers.shutdown();
      if (!workers.awaitTermination(2, TimeUnit.MINUTES)) {
        unfinished = workers.shutdownNow().size();
      }
      sampler.join();
      return this;
    }

    private void perform(Op op, long number, long intended) {
      intendedMinute.set((intended - start) / MINUTE);
      try {
        if (op == Op.REVIEW) {
          traffic.review(this, intended);
        } else {
          Kind kind = Kind.valueOf(op.name());
          try {
            traffic.single(kind, number);
            ok(kind, intended);
          } catch (Exception e) {
            failed(kind, e);
          }
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        inFlight.decrementAndGet();
      }
    }

    @Override
    public void ok(Kind kind, long startedAt) {
      perMinute[intendedMinute.get().intValue()].ok(kind, System.nanoTime() - startedAt);
    }

    @Override
    public void failed(Kind kind, Exception e) {
      perMinute[intendedMinute.get().intValue()].failed(kind);
      synchronized (firstErrors) {
        List<String> messages = firstErrors.computeIfAbsent(kind, k -> new ArrayList<>());
        if (messages.size() < 3) {
          String message = String.valueOf(e.getMessage());
          messages.add(message.substring(0, Math.min(200, message.length())));
        }
      }
    }

    private void sample(long end) {
      for (int m = 0; m < minutes; m++) {
        long at = start + (m + 1) * MINUTE;
        long wait;
        while ((wait = at - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        Minute minute = perMinute[m];
        minute.inFlight = inFlight.get();
        if (FULL_GC_EVERY > 0 && (m + 1) % FULL_GC_EVERY == 0) {
          System.gc(); // the live heap as a full collection leaves it (-Dsoak.fullGcEveryMinutes)
        }
        Gauges g = gauges.read();
        minute.gauges = g;
        System.out.printf("soak minute %d/%d: %d requests so far, %d errors, p50 %.0f ms, p99 %.0f ms; old gen after"
                + " GC %.0f MB (%d old collections); threads %d (service %d); pool %d active/%d total; PostgreSQL %d"
                + " connections; %d open tasks; %d in flight; load %.2f%n", m + 1, minutes, minute.requests(),
            minute.errorCount(), minute.p(50), minute.p(99), g.oldGenAfterGcMb(), g.oldCollections(), g.threads(),
            g.serviceThreads(), g.poolActive(), g.poolTotal(), g.databaseConnections(), g.openTasks(), minute.inFlight,
            g.load());
      }
    }
  }

  /** The verdict, from the figures: first measured window against the last. */
  private static final class Verdict {

    final Run run;
    final int warmUp;
    final int window;
    final List<Minute> first;
    final List<Minute> last;
    final List<Minute> measured;
    final List<String> findings = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    Verdict(Run run, int warmUp) {
      this.run = run;
      this.warmUp = warmUp;
      int minutes = run.perMinute.length;
      this.window = Math.min(5, (minutes - warmUp) / 2);
      this.measured = List.of(run.perMinute).subList(warmUp, minutes);
      this.first = measured.subList(0, window);
      this.last = measured.subList(measured.size() - window, measured.size());
      judge();
    }

    private void judge() {
      int mostInFlight = measured.stream().mapToInt(m -> m.inFlight).max().orElse(0);
      verdictOn(mostInFlight <= run.rate, "the service keeps up with the rate", String.format("at most %d "
          + "requests in flight at a minute's end (less than a second's worth: %.0f)", mostInFlight, run.rate),
          "the service does not keep up with the rate (overloaded: latencies grow with the queue, not a leak)");
      double p99First = merged(first).percentile(99);
      double p99Last = merged(last).percentile(99);
      double p99Slope = slope(measured, m -> m.p(99));
      String p99 = String.format("p99 %.1f ms (minutes %s) → %.1f ms (minutes %s): %+.0f %%; trend %+.2f ms/min",
          p99First, span(first), p99Last, span(last), 100 * (p99Last / p99First - 1), p99Slope);
      verdictOn(p99Last <= p99First * P99_TOLERANCE, "p99 does not drift upward", p99,
          "p99 drifted upward beyond " + Math.round(100 * (P99_TOLERANCE - 1)) + " %");

      long oldCollections = gauge(last.get(last.size() - 1), Gauges::oldCollections)
          - (warmUp == 0 ? 0 : (long) run.perMinute[warmUp - 1].gauges.oldCollections());
      double heapFirst = mean(first, Gauges::oldGenAfterGcMb);
      double heapLast = mean(last, Gauges::oldGenAfterGcMb);
      double heapSlope = slope(measured, m -> m.gauges.oldGenAfterGcMb());
      String heap = String.format("old generation after GC %.1f → %.1f MB (window means), trend %+.2f MB/min, "
          + "%d old-generation collections in the measured minutes", heapFirst, heapLast, heapSlope, oldCollections);
      if (oldCollections < 2) {
        findings.add("heap after GC: not judged, too few old-generation collections to see a trend; " + heap);
      } else {
        verdictOn(heapLast - heapFirst <= HEAP_TOLERANCE_MB, "heap after GC flat", heap,
            "heap after GC grows by more than " + (int) HEAP_TOLERANCE_MB + " MB");
      }

      int threadsFirst = (int) max(first, Gauges::serviceThreads);
      int threadsLast = (int) max(last, Gauges::serviceThreads);
      verdictOn(threadsLast <= threadsFirst + 2, "no thread leak", String.format("service threads (max of window)"
          + " %d → %d; JVM live %d → %d, peak %d", threadsFirst, threadsLast, first.get(0).gauges.threads(),
          last.get(last.size() - 1).gauges.threads(), last.get(last.size() - 1).gauges.peakThreads()),
          "service threads grew");

      long poolFirst = (long) max(first, Gauges::poolTotal);
      long poolLast = (long) max(last, Gauges::poolTotal);
      long databaseFirst = (long) max(first, Gauges::databaseConnections);
      long databaseLast = (long) max(last, Gauges::databaseConnections);
      // requests waiting for a connection are a sign of overload, not of a leak: a figure, not a criterion
      verdictOn(poolLast <= poolFirst && databaseLast <= databaseFirst + 1, "no connection leak",
          String.format("pool total %d → %d, active at most %.0f, threads waiting for one at most %.0f; PostgreSQL "
              + "connections %d → %d (max of window)", poolFirst, poolLast, max(measured, Gauges::poolActive),
              max(measured, Gauges::poolWaiting), databaseFirst, databaseLast), "connections grew");

      double tasksFirst = mean(first, Gauges::openTasks);
      double tasksLast = mean(last, Gauges::openTasks);
      verdictOn(Math.abs(tasksLast - tasksFirst) <= Math.max(10, 0.02 * tasksFirst), "open tasks steady",
          String.format("open tasks %.0f → %.0f, jobs %.0f → %.0f (window means)", tasksFirst, tasksLast,
              mean(first, Gauges::jobs), mean(last, Gauges::jobs)), "open tasks pile up or drain");

      int errors = 0;
      int requests = 0;
      for (Minute minute : run.perMinute) {
        errors += minute.errorCount();
        requests += minute.requests();
      }
      verdictOn(errors == 0 && run.unfinished == 0, "no failed request", String.format("%,d requests, %d errors, "
          + "%d unfinished; %d reviews found no registered model yet", requests, errors, run.unfinished,
          run.traffic.reviewsWithoutModel.get()), "requests failed");
    }

    private void verdictOn(boolean good, String goodText, String figures, String badText) {
      findings.add((good ? "OK, " + goodText : "NOT OK, " + badText) + ": " + figures);
      if (!good) {
        problems.add(badText);
      }
    }

    String overall() {
      return problems.isEmpty() ? "steady: no drift, no leak, no failed request"
          : "NOT steady: " + String.join("; ", problems);
    }

    List<String[]> rows(String setting) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Soak: verdict", setting, overall()});
      for (String finding : findings) {
        rows.add(new String[] {"Soak", "", finding});
      }
      rows.add(new String[] {"Soak: load average, 1 min (min–max over the run)", "",
          String.format("%.2f–%.2f", min(List.of(run.perMinute), Gauges::load),
              max(List.of(run.perMinute), Gauges::load))});
      return rows;
    }

    private static String span(List<Minute> minutes) {
      return minutes.get(0).number + "–" + minutes.get(minutes.size() - 1).number;
    }
  }

  private static String report(String setting, Run run, Verdict verdict) {
    StringBuilder out = new StringBuilder("## Soak (issue 19)\n\n").append(setting).append(".\n\n");
    out.append(String.format("Mix (one turn, sent in this order at fixed intervals): %s; %.1f operations/s = %.1f"
        + " requests/s; latency from each request's intended start (a review's claim and completion from their own"
        + " start); errors are not in the percentiles. Scheduler late by at most %.1f ms.%n%n",
        String.join(", ", List.of(CYCLE).stream().map(op -> op.name().toLowerCase() + (op.requests > 1
            ? " (" + op.requests + " requests)" : "")).toList()), 1e9 / run.interval, run.rate,
        run.maxDispatchLagNanos / 1e6));
    out.append("**Verdict: ").append(verdict.overall()).append("** (warm-up minutes 1–").append(verdict.warmUp)
        .append(" left out; windows of ").append(verdict.window).append(" min compared).\n\n");
    for (String finding : verdict.findings) {
      out.append("- ").append(finding).append('\n');
    }
    out.append("\n| min | requests | errors | p50 ms | p99 ms | old gen after GC MB | old GCs | threads live (service)"
        + " | peak | pool active/idle/total (waiting) | PostgreSQL conns | open tasks | jobs | in flight | JVM CPU % of 1 core | load 1 min |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    double cpuBefore = run.cpuAtStart;
    for (Minute minute : run.perMinute) {
      Gauges g = minute.gauges;
      double cpuPercent = (g.cpuSeconds() - cpuBefore) / 60 * 100;
      cpuBefore = g.cpuSeconds();
      out.append(String.format("| %d%s | %d | %d | %.1f | %.1f | %.1f | %d | %d (%d) | %d | %d/%d/%d (%d) | %d | %d | %d"
              + " | %d | %.0f | %.2f |%n", minute.number, minute.number <= verdict.warmUp ? " (warm-up)" : "", minute.requests(),
          minute.errorCount(), minute.p(50), minute.p(99), g.oldGenAfterGcMb(), g.oldCollections(), g.threads(),
          g.serviceThreads(), g.peakThreads(), g.poolActive(), g.poolIdle(), g.poolTotal(), g.poolWaiting(),
          g.databaseConnections(), g.openTasks(), g.jobs(), minute.inFlight, cpuPercent, g.load()));
    }
    out.append("\nPer kind, p50/p99 ms:\n\n| min |");
    for (Kind kind : Kind.values()) {
      out.append(' ').append(kind.label).append(" |");
    }
    out.append("\n|---|").append("---|".repeat(Kind.values().length)).append('\n');
    for (Minute minute : run.perMinute) {
      out.append("| ").append(minute.number).append(" |");
      for (Kind kind : Kind.values()) {
        out.append(' ').append(minute.kind(kind)).append(" |");
      }
      out.append('\n');
    }
    if (!run.firstErrors.isEmpty()) {
      out.append("\nFirst errors of each kind:\n\n");
      run.firstErrors.forEach((kind, messages) -> messages.forEach(
          message -> out.append("- ").append(kind.label).append(": `").append(message.replace('`', '\''))
              .append("`\n")));
    }
    return out.toString();
  }

  private static void drawChart(Path file, Run run, double rate, int warmUp) throws Exception {
    System.setProperty("java.awt.headless", "true");
    XYSeries p99 = new XYSeries("p99 of the minute, all requests (ms)");
    XYSeries p50 = new XYSeries("p50 of the minute (ms)");
    XYSeries heap = new XYSeries("old generation after GC (MB)");
    for (Minute minute : run.perMinute) {
      p99.add(minute.number, minute.p(99));
      p50.add(minute.number, minute.p(50));
      heap.add(minute.number, minute.gauges.oldGenAfterGcMb());
    }
    XYSeriesCollection latencies = new XYSeriesCollection();
    latencies.addSeries(p99);
    latencies.addSeries(p50);
    NumberAxis minutes = new NumberAxis("minute");
    minutes.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYLineAndShapeRenderer latencyLines = new XYLineAndShapeRenderer(true, true);
    latencyLines.setSeriesPaint(0, new Color(0xC6, 0x28, 0x28));
    latencyLines.setSeriesPaint(1, new Color(0xEF, 0x9A, 0x9A));
    XYPlot plot = new XYPlot(latencies, minutes, new NumberAxis("latency (ms)"), latencyLines);
    NumberAxis megabytes = new NumberAxis("heap after GC (MB)");
    megabytes.setAutoRangeIncludesZero(true);
    plot.setRangeAxis(1, megabytes);
    plot.setDataset(1, new XYSeriesCollection(heap));
    plot.mapDatasetToRangeAxis(1, 1);
    XYLineAndShapeRenderer heapLine = new XYLineAndShapeRenderer(true, true);
    heapLine.setSeriesPaint(0, new Color(0x15, 0x65, 0xC0));
    heapLine.setSeriesStroke(0, new BasicStroke(2f));
    plot.setRenderer(1, heapLine);
    IntervalMarker warmUpMinutes = new IntervalMarker(0.5, warmUp + 0.5, new Color(0xEE, 0xEE, 0xEE));
    warmUpMinutes.setLabel("warm-up");
    warmUpMinutes.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    warmUpMinutes.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    plot.addDomainMarker(warmUpMinutes, Layer.BACKGROUND);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    JFreeChart chart = new JFreeChart(String.format("Soak: %.0f requests/s for %d min on PostgreSQL",
        rate, run.perMinute.length), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    ChartUtils.saveChartAsPNG(file.toFile(), chart, 960, 480);
  }

  private static Latencies merged(List<Minute> minutes) {
    List<Latencies> parts = new ArrayList<>();
    for (Minute minute : minutes) {
      parts.add(minute.all);
    }
    return Latencies.merged(parts);
  }

  private static double mean(List<Minute> minutes, ToDoubleFunction<Gauges> value) {
    return minutes.stream().mapToDouble(m -> value.applyAsDouble(m.gauges)).average().orElse(Double.NaN);
  }

  private static double max(List<Minute> minutes, ToDoubleFunction<Gauges> value) {
    return minutes.stream().mapToDouble(m -> value.applyAsDouble(m.gauges)).max().orElse(Double.NaN);
  }

  private static double min(List<Minute> minutes, ToDoubleFunction<Gauges> value) {
    return minutes.stream().mapToDouble(m -> value.applyAsDouble(m.gauges)).min().orElse(Double.NaN);
  }

  private static long gauge(Minute minute, ToDoubleFunction<Gauges> value) {
    return (long) value.applyAsDouble(minute.gauges);
  }

  /** Least-squares slope per minute of a figure over the minutes. */
  private static double slope(List<Minute> minutes, ToDoubleFunction<Minute> value) {
    double n = minutes.size();
    double sumX = 0;
    double sumY = 0;
    double sumXy = 0;
    double sumXx = 0;
    for (Minute minute : minutes) {
      double y = value.applyAsDouble(minute);
      sumX += minute.number;
      sumY += y;
      sumXy += minute.number * y;
      sumXx += (double) minute.number * minute.number;
    }
    return (n * sumXy - sumX * sumY) / (n * sumXx - sumX * sumX);
  }
}
