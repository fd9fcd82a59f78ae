package vn.danvan.workflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.web.SearchText;

/**
 * Issues 14 and 15: the portal's pages rendered by the server on PostgreSQL with a district's worth of data and
 * more: 100,000 models over 200 communes, 1,000,000 decisions in their histories (10 a model), 100,000 open tasks
 * over the 200 communes' groups. Loaded, ANALYZEd, then every page is asked in turn (one request of each page, then
 * the next round), so every page sees the same load on the machine; p50/p95/p99 of the full HTML response as a
 * signed-in browser gets it. Sizes: -Dportal.models, -Dportal.tasks, -Dportal.decisionsPerModel.
 */
final class PortalBenchmark {

  private static final int UNITS = BenchData.UNITS;

  private PortalBenchmark() {
  }

  static List<String[]> run(int samples) throws Exception {
    int models = Integer.getInteger("portal.models", 100_000);
    int tasks = Integer.getInteger("portal.tasks", 100_000);
    int decisionsPerModel = Integer.getInteger("portal.decisionsPerModel", 10);
    int finished = Integer.getInteger("portal.finishedTasks", 500_000);
    String label = String.format("PostgreSQL, %,d models, %,d decisions, %,d open tasks over %d groups, %,d completed"
        + " tasks", models, models * decisionsPerModel, tasks, UNITS, finished);
    try (ConfigurableApplicationContext app = BenchApp.start("postgres", "bench_portal_" + models + "_" + tasks,
        "--camunda.bpm.job-execution.enabled=false")) {
      JdbcTemplate sql = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
      long loadStart = System.nanoTime();
      BenchData.createUnitsAndUsers(app, sql);
      BenchData.loadModels(sql, models, decisionsPerModel);
      loadTasks(app, sql, tasks);
      BenchData.loadFinishedSteps(sql, finished);
      sql.execute("ANALYZE");
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      long firstModel = sql.queryForObject("select min(id) from mobilization_model where unit_id like 'bench-%'",
          Long.class);

      int port = BenchApp.port(app);
      PortalSession reviewer = new PortalSession(port, "reviewer", BenchApp.PASSWORD);
      PortalSession[] communes = new PortalSession[10];
      for (int i = 0; i < communes.length; i++) {
        communes[i] = new PortalSession(port, BenchData.user(i * 17 % UNITS), BenchApp.PASSWORD);
      }
      Map<String, Probe> probes = new LinkedHashMap<>();
      probes.put("\"Trang của tôi\" (/), a commune official", new Probe(i -> communes[i % communes.length], i -> "/",
          "Trang của tôi"));
      probes.put("Model list (/mo-hinh), the Ban Dân vận: all " + String.format("%,d", models),
          new Probe(i -> reviewer, i -> "/mo-hinh", "Mô hình đo tải"));
      probes.put("Model list, year + field filter", new Probe(i -> reviewer,
          i -> "/mo-hinh?year=" + (2022 + i % 5) + "&field=ECONOMY", "Mô hình đo tải"));
      probes.put("Model list, text search", new Probe(i -> reviewer, i -> "/mo-hinh?q=an+ninh", "an ninh"));
      probes.put("Model list, sorted by name, page 50", new Probe(i -> reviewer,
          i -> "/mo-hinh?sort=name&page=50", "Mô hình đo tải"));
      probes.put("Model list, a commune official", new Probe(i -> communes[i % communes.length], i -> "/mo-hinh",
          "Mô hình đo tải"));
      probes.put("Model page (/mo-hinh/{id}) with " + decisionsPerModel + " decisions", new Probe(i -> reviewer,
          i -> "/mo-hinh/" + (firstModel + (i * 7919L) % models), "Thẩm định"));
      probes.put("Task list \"Việc của đơn vị\", a commune", new Probe(i -> communes[i % communes.length],
          i -> "/cong-viec?view=unit", "Thẩm định"));
      probes.put("Task list \"Việc của tôi\", a commune", new Probe(i -> communes[i % communes.length],
          i -> "/cong-viec?view=mine", "Công việc"));
      probes.put("Task list \"Quá hạn\", a commune", new Probe(i -> communes[i % communes.length],
          i -> "/cong-viec?view=overdue", "Công việc"));
      probes.put("Dashboard (/tong-quan), the Ban Dân vận, year", new Probe(i -> reviewer,
          i -> "/tong-quan?period=2026", "Bước đo tải")); // the slowest steps drawn from finished_step

      String only = System.getProperty("portal.only"); // one page while working on it: -Dportal.only=Dashboard
      if (only != null) {
        probes.keySet().removeIf(name -> !name.contains(only));
      }
      for (Map.Entry<String, Probe> probe : probes.entrySet()) { // each page answers as expected, once
        String html = probe.getValue().session.apply(0).page(probe.getValue().path.apply(0));
        if (!html.contains(probe.getValue().expected)) {
          throw new IllegalStateException(probe.getKey() + ": page lacks '" + probe.getValue().expected + "'");
        }
      }
      String loadBefore = BenchData.loadAverage();
      for (int i = -20; i < samples; i++) { // 20 warm-up rounds, not counted
        for (Probe probe : probes.values()) {
          long t0 = System.nanoTime();
          probe.session.apply(Math.max(0, i)).page(probe.path.apply(Math.max(0, i)));
          if (i >= 0) {
            probe.latencies.add(System.nanoTime() - t0);
          }
        }
      }
      String loadAfter = BenchData.loadAverage();
      List<String[]> rows = new ArrayList<>();
      for (Map.Entry<String, Probe> probe : probes.entrySet()) {
        rows.add(new String[] {"Portal: " + probe.getKey(), label, probe.getValue().latencies.summary()});
      }
      rows.add(new String[] {"Portal: data load", label, String.format("%.0f s", loadSeconds)});
      rows.add(new String[] {"Portal: load average (1, 5, 15 min) before / after", "",
          loadBefore + " / " + loadAfter});
      return rows;
    }
  }

  private record Probe(IntFunction<PortalSession> session, IntFunction<String> path, String expected,
      Latencies latencies) {
    Probe(IntFunction<PortalSession> session, IntFunction<String> path, String expected) {
      this(session, path, expected, new Latencies(Integer.getInteger("portal.samples", 300)));
    }
  }

  /** Open tasks through the engine (task listeners fill the task list's read model), each on one of the models. */
  static void loadTasks(ConfigurableApplicationContext app, JdbcTemplate sql, int count) throws Exception {
    BpmnModelInstance process = Bpmn.createExecutableProcess("bench-portal-review").name("Thẩm định (đo tải)")
        .camundaHistoryTimeToLive(30)
        .startEvent()
        .userTask("Task_Review").name("Thẩm định hồ sơ đăng ký").camundaCandidateGroups("${group}")
        .camundaDueDate("${due}")
        .endEvent().done();
    app.getBean(RepositoryService.class).createDeployment().addModelInstance("bench-portal-review.bpmn", process)
        .enableDuplicateFiltering(true).deploy();
    RuntimeService runtime = app.getBean(RuntimeService.class);
    if (runtime.createProcessInstanceQuery().processDefinitionKey("bench-portal-review").count() > 0) {
      return;
    }
    List<Map<String, Object>> models = sql.queryForList("""
        select id, name, unit_id, field, model_year from mobilization_model where unit_id like 'bench-%'
        order by id limit ?""", count);
    TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<?>> done = new ArrayList<>();
    int batch = 500;
    for (int from = 0; from < models.size(); from += batch) {
      List<Map<String, Object>> slice = models.subList(from, Math.min(models.size(), from + batch));
      done.add(pool.submit(() -> tx.executeWithoutResult(status -> {
        for (Map<String, Object> model : slice) {
          long id = ((Number) model.get("id")).longValue();
          Map<String, Object> variables = new HashMap<>();
          variables.put("group", model.get("unit_id"));
          variables.put("modelId", id);
          variables.put("name", model.get("name"));
          variables.put("unitId", model.get("unit_id"));
          variables.put("unitName", "Xã Đo Tải");
          variables.put("field", model.get("field"));
          variables.put("year", model.get("model_year"));
          // due from 20 days ago to 40 days ahead: some overdue, some due soon, most later
          variables.put("due", new java.util.Date(ClockUtil.getCurrentTime().getTime()
              + ((id % 60) - 20) * 86_400_000L));
          runtime.startProcessInstanceByKey("bench-portal-review", variables);
        }
      })));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
  }
}
