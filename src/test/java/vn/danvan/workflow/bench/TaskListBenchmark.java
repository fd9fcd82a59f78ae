package vn.danvan.workflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 4: open tasks over groups on PostgreSQL, ANALYZE, then one page of 50 of a group's tasks through our
 * API beside the engine-rest calls Camunda Tasklist makes for the same page (filter list with its variables,
 * plus the count), in the same run and the same JVM. The groups have only what Camunda gives a candidate group
 * (READ and UPDATE on their tasks): the filter's columns are the tasks' own copies (TasklistColumns).
 */
final class TaskListBenchmark {

  private static final String[] FIELDS = {"ECONOMY", "CULTURE_SOCIETY", "DEFENCE_SECURITY", "POLITICAL_SYSTEM"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private TaskListBenchmark() {
  }

  static List<String[]> run(int tasks, int groups, int finishedInstances, int samples) throws Exception {
    try (ConfigurableApplicationContext app = BenchApp.start("postgres", "bench_tasks_" + tasks + "_" + finishedInstances,
        "--camunda.bpm.job-execution.enabled=false")) {
      long loadStart = System.nanoTime();
      deployBenchProcess(app);
      createGroupsAndUsers(app, groups);
      load(app, tasks, groups, false);
      if (finishedInstances > 0) {
        load(app, finishedInstances, groups, true);
      }
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      new JdbcTemplate(app.getBean(javax.sql.DataSource.class)).execute("ANALYZE");

      Http http = new Http(BenchApp.port(app));
      String filterId = filterId(http);
      Latencies api = new Latencies(samples);
      Latencies engineRest = new Latencies(samples);
      String tasklistBody = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
      for (int i = -50; i < samples; i++) { // 50 warm-up rounds, not counted
        String user = user(Math.floorMod(i * 7, groups));
        long t0 = System.nanoTime();
        String page = http.get(user, BenchApp.PASSWORD, "/api/tasks?scope=group&size=50");
        long t1 = System.nanoTime();
        String list = http.postHal(user, BenchApp.PASSWORD,
            "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50", tasklistBody);
        http.get(user, BenchApp.PASSWORD, "/engine-rest/filter/" + filterId + "/count");
        long t2 = System.nanoTime();
        if (i == 0) {
          check(page, list, Math.min(50, tasks / groups)); // each group holds tasks / groups of them
        }
        if (i >= 0) {
          api.add(t1 - t0);
          engineRest.add(t2 - t1);
        }
      }
      String label = String.format("%,d open tasks over %d groups%s, PostgreSQL", tasks, groups,
          finishedInstances > 0 ? String.format(" + %,d finished instances", finishedInstances) : "");
      return List.of(
          new String[] {"Task list: GET /api/tasks?scope=group (page 50)", label, api.summary()},
          new String[] {"Task list: Tasklist's engine-rest calls (filter list + variables, count)", label,
              engineRest.summary()},
          new String[] {"Task list: speed-up at p95 (engine-rest / our API)", label,
              String.format("%.1fx", engineRest.percentile(95) / api.percentile(95))},
          new String[] {"Task list: load (engine starts, %s)".formatted(label), "",
              String.format("%.0f s (%.0f instances/s)", loadSeconds, (tasks + finishedInstances) / loadSeconds)});
    }
  }

  /**
   * Both paths must return the same full page, and engine-rest each task's four column values (the task's own
   * copies, readable with the task READ a candidate group has), or the comparison means nothing.
   */
  private static void check(String page, String list, int expected) throws Exception {
    int ours = JSON.readTree(page).path("content").size();
    JsonNode tasks = JSON.readTree(list).path("_embedded").path("task");
    int variables = 0;
    for (JsonNode task : tasks) {
      variables += task.path("_embedded").path("variable").size();
    }
    System.out.println("engine-rest page carried " + tasks.size() + " tasks and " + variables + " variables");
    if (ours != expected || tasks.size() != expected || variables != expected * 4) {
      throw new IllegalStateException("Pages differ: ours " + ours + ", engine-rest " + tasks.size() + " tasks, "
          + variables + " variables");
    }
  }

  private static String filterId(Http http) throws Exception {
    for (JsonNode filter : JSON.readTree(http.get("admin", BenchApp.PASSWORD, "/engine-rest/filter"))) {
      if ("Việc của đơn vị".equals(filter.path("name").asText())) {
        return filter.path("id").asText();
      }
    }
    throw new IllegalStateException("No Tasklist filter 'Việc của đơn vị'");
  }

  private static void deployBenchProcess(ConfigurableApplicationContext app) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("bench-review").name("Thẩm định (đo tải)")
        .camundaHistoryTimeToLive(30)
        .startEvent()
        .userTask("Task_Review").name("Thẩm định hồ sơ đăng ký").camundaCandidateGroups("${group}")
        .camundaFormRef("review-registration").camundaFormRefBinding("latest").camundaDueDate("${due}")
        .endEvent().done();
    app.getBean(RepositoryService.class).createDeployment().addModelInstance("bench-review.bpmn", model)
        .enableDuplicateFiltering(true).deploy();
  }

  private static void createGroupsAndUsers(ConfigurableApplicationContext app, int groups) {
    IdentityService identity = app.getBean(IdentityService.class);
    for (int g = 0; g < groups; g++) {
      String id = group(g);
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        Group group = identity.newGroup(id);
        group.setName("Nhóm đo tải " + g);
        identity.saveGroup(group);
        User user = identity.newUser(user(g));
        user.setPassword(BenchApp.PASSWORD);
        identity.saveUser(user);
        identity.createMembership(user(g), id);
      }
    }
  }

  private static void load(ConfigurableApplicationContext app, int count, int groups, boolean finish)
      throws Exception {
    RuntimeService runtime = app.getBean(RuntimeService.class);
    org.camunda.bpm.engine.TaskService taskService = app.getBean(org.camunda.bpm.engine.TaskService.class);
    TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int batch = 500;
    List<Future<?>> done = new java.util.ArrayList<>();
    for (int from = 0; from < count; from += batch) {
      int start = from;
      done.add(pool.submit(() -> tx.executeWithoutResult(status -> {
        for (int i = start; i < Math.min(count, start + batch); i++) {
          Map<String, Object> variables = new HashMap<>();
          variables.put("group", group(i % groups));
          variables.put("modelId", (long) i);
          variables.put("name", "Mô hình đo tải " + i);
          variables.put("unitId", group(i % groups));
          variables.put("unitName", "Đơn vị " + (i % groups));
          variables.put("field", FIELDS[i % FIELDS.length]);
          variables.put("fieldLabel", FIELDS[i % FIELDS.length]);
          variables.put("year", 2026);
          variables.put("due", new java.util.Date(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime() + (i % 30) * 86_400_000L));
          String instance = runtime.startProcessInstanceByKey("bench-review", variables).getId();
          if (finish) {
            taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
          }
        }
      })));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
  }

  static String group(int g) {
    return String.format("bench-group-%03d", g);
  }

  static String user(int g) {
    return String.format("bench-user-%03d", g);
  }
}
