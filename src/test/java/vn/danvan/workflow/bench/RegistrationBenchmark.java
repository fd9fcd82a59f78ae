package vn.danvan.workflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
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
 */
final class RegistrationBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RegistrationBenchmark() {
  }

  static List<String[]> run(String database, int instances) throws Exception {
    try (ConfigurableApplicationContext app = BenchApp.start(database, "bench_registration",
        "--camunda.bpm.job-execution.enabled=false")) {
      Http http = new Http(BenchApp.port(app));
      RegistrationBench raw = app.getBean(RegistrationBench.class);
      TaskService tasks = app.getBean(TaskService.class);
      IdentityService identity = app.getBean(IdentityService.class);
      TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
      for (int i = 0; i < 30; i++) { // warm up both paths
        viaRest(http, "khởi động " + i);
        viaJava(raw, tasks, identity, tx, "khởi động " + i);
      }
      long t0 = System.nanoTime();
      for (int i = 0; i < instances; i++) {
        viaRest(http, "REST " + i);
      }
      double restPerSecond = instances / ((System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      for (int i = 0; i < instances; i++) {
        viaJava(raw, tasks, identity, tx, "Java " + i);
      }
      double rawPerSecond = instances / ((System.nanoTime() - t1) / 1e9);
      String label = database.equals("postgres") ? "PostgreSQL 17 (embedded)" : "H2 file";
      return List.of(
          new String[] {"Registration → decision via REST API", label, String.format("%.1f instances/s", restPerSecond)},
          new String[] {"Registration → decision via engine Java API", label, String.format("%.1f instances/s", rawPerSecond)},
          new String[] {"REST / raw ratio", label, String.format("%.2fx", restPerSecond / rawPerSecond)});
    }
  }

  private static void viaRest(Http http, String name) throws Exception {
    String body = JSON.writeValueAsString(Map.ofEntries(Map.entry("kind", "MODEL"), Map.entry("name", name),
        Map.entry("unitId", "xa-xuan-hong"), Map.entry("field", "ECONOMY"), Map.entry("year", 2026),
        Map.entry("situation", "s"), Map.entry("goals", "g"), Map.entry("content", "c"), Map.entry("area", "a"),
        Map.entry("forces", "f"), Map.entry("timeline", "t"), Map.entry("outputs", "o")));
    long id = JSON.readTree(http.post("commune1", BenchApp.PASSWORD, "/api/models", body)).path("id").asLong();
    String taskId = JSON.readTree(http.get("reviewer", BenchApp.PASSWORD, "/api/tasks?modelId=" + id))
        .path("content").path(0).path("id").asText();
    http.post("reviewer", BenchApp.PASSWORD, "/api/tasks/" + taskId + "/claim", null);
    http.post("reviewer", BenchApp.PASSWORD, "/api/tasks/" + taskId + "/complete", "{\"decision\":\"APPROVE\"}");
  }

  private static void viaJava(RegistrationBench raw, TaskService tasks, IdentityService identity,
      TransactionTemplate tx, String name) {
    String instance = tx.execute(status -> raw.register("commune1", "xa-xuan-hong", name));
    String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    identity.setAuthentication("reviewer", List.of("ban-dan-van-huyen"));
    try {
      tasks.claim(taskId, "reviewer");
      tasks.complete(taskId, Map.of("decision", "APPROVE"));
    } finally {
      identity.clearAuthentication();
    }
  }
}
