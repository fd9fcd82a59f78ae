package vn.danvan.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.organisation.UnitDirectory;

/**
 * Issue 19, how cost grows with the data: for each size N (-Dscaling.sizes, default 10,000, 100,000, 1,000,000) a
 * database of its own on PostgreSQL with N open tasks over 200 communes' groups, N models with 2 decisions each and N
 * completed steps, loaded by SQL once (a second run finds them and only measures: keep the server's data with
 * -Dembedded.postgres.data), VACUUM ANALYZEd, then the task list, the model list, a model and the reports asked in
 * turn (-Dscaling.samples rounds after -Dscaling.warmup rounds, 200 and 20; -Dscaling.only="Task list,Model list"
 * keeps the probes whose name contains one of these). Prints p50/p95 per size, how p95 grows from the smallest
 * size to the largest, draws docs/performance-scaling.png, and writes the EXPLAIN (ANALYZE, BUFFERS) of the task
 * list's and the model list's queries at the largest size to target/scaling-explain.txt.
 */
final class ScalingBenchmark {

  static final String TASK_LIST = "Task list: GET /api/tasks?scope=group (REST, a commune)";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DECISIONS_PER_MODEL = 2;
  private static final int REPORT_YEAR = 2026;

  private ScalingBenchmark() {
  }

  static List<String[]> run(List<Integer> sizes, int samples) throws Exception {
    Map<String, Map<Integer, Latencies>> measured = new LinkedHashMap<>();
    List<String[]> rows = new ArrayList<>();
    int largest = sizes.stream().max(Integer::compare).orElseThrow();
    for (int size : sizes) {
      rows.addAll(measure(size, samples, measured, size == largest));
    }
    int smallest = sizes.stream().min(Integer::compare).orElseThrow();
    for (Map.Entry<String, Map<Integer, Latencies>> probe : measured.entrySet()) {
      for (Map.Entry<Integer, Latencies> at : probe.getValue().entrySet()) {
        rows.add(new String[] {"Scaling: " + probe.getKey(), String.format("%,d", at.getKey()),
            String.format("p50 %.1f ms, p95 %.1f ms", at.getValue().percentile(50), at.getValue().percentile(95))});
      }
    }
    for (Map.Entry<String, Map<Integer, Latencies>> probe : measured.entrySet()) {
      if (!probe.getValue().containsKey(largest)) {
        continue;
      }
      double top = probe.getValue().get(largest).percentile(95);
      if (largest != smallest && probe.getValue().containsKey(smallest)) {
        rows.add(new String[] {"Scaling: " + probe.getKey(), "growth",
            String.format("p95 at %s / p95 at %s = %.2f (goal ≤ 2)", size(largest), size(smallest),
                top / probe.getValue().get(smallest).percentile(95))});
      }
      if (probe.getKey().equals(TASK_LIST)) {
        rows.add(new String[] {"Scaling: " + probe.getKey(), "at the largest size",
            String.format("p95 at %s = %.1f ms (goal ≤ 30)", size(largest), top)});
      }
    }
    chart(measured, Path.of("docs", "performance-scaling.png"));
    return rows;
  }

  private record Probe(IntFunction<String> request, Latencies latencies) {
  }

  private static List<String[]> measure(int size, int samples, Map<String, Map<Integer, Latencies>> measured,
      boolean explain) throws Exception {
    try (ConfigurableApplicationContext app = BenchApp.start("postgres", "bench_scale_" + size,
        "--camunda.bpm.job-execution.enabled=false")) {
      JdbcTemplate sql = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
      String load;
      if (loaded(sql, size)) {
        load = "already loaded";
      } else {
        long start = System.nanoTime();
        BenchData.createUnitsAndUsers(app, sql);
        BenchData.loadModels(sql, size, DECISIONS_PER_MODEL);
        BenchData.loadFinishedSteps(sql, size);
        BenchData.loadOpenTasks(app, sql, size);
        sql.execute("VACUUM ANALYZE"); // as autovacuum would leave the tables: statistics and visibility map
        load = String.format("%.0f s", (System.nanoTime() - start) / 1e9);
        if (!loaded(sql, size)) {
          throw new IllegalStateException("Loading " + size + " did not complete");
        }
      }
      long firstModel = sql.queryForObject("select min(id) from mobilization_model where unit_id like 'bench-%'",
          Long.class);
      String database = sql.queryForObject("select pg_size_pretty(pg_database_size(current_database()))",
          String.class);

      int port = BenchApp.port(app);
      Http http = new Http(port);
      PortalSession reviewer = new PortalSession(port, "reviewer", BenchApp.PASSWORD);
      String[] communes = new String[10];
      for (int i = 0; i < communes.length; i++) {
        communes[i] = BenchData.user(i * 17 % BenchData.UNITS);
      }
      IntFunction<Long> model = i -> firstModel + (i * 7919L) % size;
      Map<String, Probe> probes = new LinkedHashMap<>();
      probes.put(TASK_LIST, probe(samples,
          i -> http.get(communes[i % communes.length], BenchApp.PASSWORD, "/api/tasks?scope=group")));
      probes.put("Model list: GET /api/models (REST, Ban Dân vận)", probe(samples,
          i -> http.get("reviewer", BenchApp.PASSWORD, "/api/models")));
      probes.put("Model list: page /mo-hinh (Ban Dân vận)", probe(samples, i -> reviewer.page("/mo-hinh")));
      probes.put("Model: GET /api/models/{id} (REST)", probe(samples,
          i -> http.get("reviewer", BenchApp.PASSWORD, "/api/models/" + model.apply(i))));
      probes.put("Model: page /mo-hinh/{id}", probe(samples, i -> reviewer.page("/mo-hinh/" + model.apply(i))));
      probes.put("Report: GET /api/reports/" + REPORT_YEAR + " (REST, Ban Dân vận)", probe(samples,
          i -> http.get("reviewer", BenchApp.PASSWORD, "/api/reports/" + REPORT_YEAR)));
      probes.put("Report: dashboard /tong-quan?year=" + REPORT_YEAR + " (Ban Dân vận)", probe(samples,
          i -> reviewer.page("/tong-quan?year=" + REPORT_YEAR)));

      check(probes, size);
      String only = System.getProperty("scaling.only"); // some probes: -Dscaling.only="Task list,Model list"
      if (only != null) {
        probes.keySet().removeIf(name -> Arrays.stream(only.split(",")).noneMatch(name::contains));
      }
      String loadBefore = BenchData.loadAverage();
      int warmUp = Integer.getInteger("scaling.warmup", 20);
      for (int i = -warmUp; i < samples; i++) { // warm-up rounds not counted; every probe once a round
        for (Probe probe : probes.values()) {
          long t0 = System.nanoTime();
          probe.request.apply(Math.max(0, i));
          if (i >= 0) {
            probe.latencies.add(System.nanoTime() - t0);
          }
        }
      }
      String loadAfter = BenchData.loadAverage();
      probes.forEach((name, probe) -> measured.computeIfAbsent(name, k -> new TreeMap<>()).put(size, probe.latencies));
      if (explain) {
        explain(app, sql, Path.of("target", "scaling-explain.txt"));
      }
      probes.forEach((name, probe) -> System.out.printf("%s | %,d | %s (load average %s / %s)%n", name, size,
          probe.latencies.summary(), loadBefore, loadAfter)); // a long run's figures as each size ends
      return List.of(new String[] {"Scaling: data load (units, models, decisions, completed steps, open tasks)",
          String.format("%,d", size), load + ", database " + database},
          new String[] {"Scaling: load average (1, 5, 15 min) before / after", String.format("%,d", size),
              loadBefore + " / " + loadAfter});
    }
  }

  private static Probe probe(int samples, IntFunction<String> request) {
    return new Probe(request, new Latencies(samples));
  }

  /** All of it there: the last loader's rows (open tasks) and the first's (models). */
  private static boolean loaded(JdbcTemplate sql, int size) {
    return sql.queryForObject("select count(*) from task_view where task_id like 'bench-%'", Long.class) == size
        && sql.queryForObject("select count(*) from mobilization_model where unit_id like 'bench-%'", Long.class)
        == size;
  }

  /** Each probe answers with the data it is meant to read, or its figures mean nothing. */
  private static void check(Map<String, Probe> probes, int size) throws IOException {
    List<Probe> list = new ArrayList<>(probes.values());
    JsonNode tasks = JSON.readTree(list.get(0).request.apply(0));
    expect(tasks.path("totalElements").asLong() == size / BenchData.UNITS
        && tasks.path("content").size() == Math.min(20, size / BenchData.UNITS), "task list: " + size / 200
        + " tasks of a commune, " + tasks.path("totalElements") + " found");
    JsonNode models = JSON.readTree(list.get(1).request.apply(0));
    // the list counts up to 10,000 and then says "more than" (ModelSearch.COUNT_LIMIT)
    expect(models.path("totalElements").asLong() >= Math.min(size, 10_000) && models.path("content").size() == 20
        && models.path("totalIsLowerBound").asBoolean() == size > 10_000,
        "model list: " + models.path("totalElements") + " of " + size);
    expect(list.get(2).request.apply(0).contains("Mô hình đo tải"), "model list page");
    JsonNode one = JSON.readTree(list.get(3).request.apply(0));
    expect(one.toString().contains("Task_ReviseRegistration"), "a model's open task: " + one);
    expect(list.get(4).request.apply(0).contains("Bổ sung, hoàn thiện hồ sơ"), "model page with its open task");
    JsonNode report = JSON.readTree(list.get(5).request.apply(0));
    expect(report.toString().contains("bench-xa-"), "report over the bench communes");
    expect(list.get(6).request.apply(0).contains("Bước đo tải"), "dashboard with the completed steps");
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("Unexpected answer: " + what);
    }
  }

  /**
   * The task list's two queries (page and total) for a commune and the model list's two for the Ban Dân vận, as
   * TaskQueries and registration.ModelSearch write them, with the caller's groups and visible units filled in.
   */
  private static void explain(ConfigurableApplicationContext app, JdbcTemplate sql, Path out) throws IOException {
    String group = "'" + BenchData.unit(17) + "'";
    String groupTasks = "t.task_id in (select g.task_id from task_candidate_group g where g.group_id in (" + group
        + "))";
    IdentityService identity = app.getBean(IdentityService.class);
    List<String> reviewerGroups = identity.createGroupQuery().groupMember("reviewer").list().stream()
        .map(Group::getId).toList();
    String visible = String.join(", ", app.getBean(UnitDirectory.class).visibleUnitIds(reviewerGroups).stream()
        .map(id -> "'" + id + "'").toList());
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("Task list, a commune's group tasks, general query (before V99, still used with any filter):"
        + " the page", "select t.* from task_view t where " + groupTasks
        + " order by case when t.due_at is null then 1 else 0 end, t.due_at, t.created_at, t.task_id limit 20 offset 0");
    queries.put("Task list, general query: its total", "select count(*) from task_view t where " + groupTasks);
    queries.put("Task list, offered to my groups in due order (TaskQueries.offeredByDue, V99): the page's ids",
        "select g.task_id, g.due_at, g.created_at from task_candidate_group g where g.group_id in (" + group + ")"
            + " order by g.due_at nulls last, g.created_at, g.task_id limit 20 offset 0");
    queries.put("Task list, offered to my groups: its total",
        "select count(*) from task_candidate_group g where g.group_id in (" + group + ")");
    queries.put("Model list, the Ban Dân vận: the page (ModelSearch.find)", """
        select m.id, m.name, m.kind, m.unit_id, u.name as unit_name, m.field, m.model_year, m.status,
               m.created_at, m.updated_at
        from mobilization_model m join unit u on u.id = m.unit_id
        where m.unit_id in (%s) order by m.id desc limit 20 offset 0""".formatted(visible));
    queries.put("Model list: its total", "select count(*) from mobilization_model m where m.unit_id in ("
        + visible + ")");
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> query : queries.entrySet()) {
      text.append("== ").append(query.getKey()).append("\n").append(query.getValue()).append("\n\n");
      for (int run = 0; run < 2; run++) { // the second run, with the pages in the cache, is the one shown
        List<String> plan = sql.queryForList("explain (analyze, buffers) " + query.getValue(), String.class);
        if (run == 1) {
          plan.forEach(line -> text.append(line).append("\n"));
        }
      }
      text.append("\n");
    }
    Files.createDirectories(out.getParent());
    Files.writeString(out, text.toString());
    System.out.println("EXPLAIN written to " + out.toAbsolutePath());
  }

  /** p95 against the size, one line a probe, both axes logarithmic in size (x) and linear in ms (y). */
  private static void chart(Map<String, Map<Integer, Latencies>> measured, Path out) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYSeriesCollection lines = new XYSeriesCollection();
    for (Map.Entry<String, Map<Integer, Latencies>> probe : measured.entrySet()) {
      XYSeries series = new XYSeries(probe.getKey());
      probe.getValue().forEach((size, latencies) -> series.add((double) size, latencies.percentile(95)));
      lines.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createXYLineChart("p95 as the data grows (PostgreSQL, issue 19)",
        "open tasks = models (log scale)", "p95 (ms)", lines, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    LogAxis sizes = new LogAxis("open tasks = models (log scale)");
    sizes.setBase(10);
    sizes.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
    sizes.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    plot.setDomainAxis(sizes);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < lines.getSeriesCount(); i++) {
      renderer.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    Files.createDirectories(out.getParent());
    ChartUtils.saveChartAsPNG(out.toFile(), chart, 1000, 600);
    System.out.println("Chart written to " + out.toAbsolutePath());
  }

  private static String size(int size) {
    return size % 1_000_000 == 0 ? size / 1_000_000 + "M" : size % 1000 == 0 ? size / 1000 + "k" : String.valueOf(size);
  }

  static List<Integer> sizes() {
    return Arrays.stream(System.getProperty("scaling.sizes", "10000,100000,1000000").split(","))
        .map(String::strip).map(Integer::valueOf).toList();
  }
}
