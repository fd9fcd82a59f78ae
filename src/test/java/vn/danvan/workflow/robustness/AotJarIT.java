package vn.danvan.workflow.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.support.Api;

/**
 * The packaged jar as the Docker image starts it: from the context Spring AOT worked out at build time
 * ({@code -Dspring.aot.enabled=true}). Runs after {@code package} (failsafe), on H2, with the demo profile chosen
 * only now, at run time. A model goes from registration to the reviewer's approval through the API, and the
 * Camunda starter's settings from application.yaml are in force (authorization, full history, job executor).
 */
class AotJarIT {

  private static final String ADMIN_PASSWORD = "Admin-Aot-Pass-2026";
  private static Process app;
  private static Path log;
  private static TestRestTemplate rest;

  @BeforeAll
  static void startTheJarFromItsAotContext() throws Exception {
    Path data = Files.createTempDirectory("danvan-aot");
    log = Path.of("target", "aot-jar-it.log");
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dspring.aot.enabled=true", "-jar", "target/danvan-workflow.jar", "--server.port=" + port)
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(Map.of("DATA_DIR", data.toString(), "SPRING_PROFILES_ACTIVE", "demo",
        "DEMO_PASSWORD", Api.PASSWORD, "ADMIN_PASSWORD", ADMIN_PASSWORD));
    app = builder.start();
    rest = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)
        .readTimeout(Duration.ofSeconds(30)));
    awaitReady();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (app != null) {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor();
      }
    }
  }

  @Test
  void aModelIsRegisteredAndApprovedThroughTheApi() {
    long modelId = ((Number) Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", "Mô hình khởi động AOT")).getBody().get("id"))
        .longValue();
    Api reviewer = Api.as(rest, "reviewer");
    String taskId = (String) firstOf(reviewer.get("/api/tasks?modelId=" + modelId).getBody()).get("id");

    assertThat(reviewer.post("/api/tasks/" + taskId + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(reviewer.post("/api/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(Api.as(rest, "commune1").get("/api/models/" + modelId).getBody())
        .containsEntry("status", "REGISTERED");
  }

  @Test
  void theStartersSettingsFromApplicationYamlAreInForce() throws IOException {
    Map<String, Object> registered = Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", "Mô hình kiểm tra cấu hình")).getBody();
    String processInstanceId = (String) registered.get("processInstanceId");

    assertThat(Api.as(rest, "reviewer").status("/engine-rest/process-instance/" + processInstanceId + "/variables"))
        .as("authorization enabled").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<List<Map<String, Object>>> details = Api.as(rest, "admin", ADMIN_PASSWORD)
        .getList("/engine-rest/history/detail?processInstanceId=" + processInstanceId);
    assertThat(details.getBody()).as("history level full records variable details").isNotEmpty();
    assertThat(Files.readString(log)).as("job executor sized from application.yaml")
        .contains("Starting AOT-processed DanvanWorkflowApplication", "Setting up jobExecutor with corePoolSize=8");
  }

  @Test
  void tasklistAndTheApiDescriptionAreServed() {
    assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getBody())
        .contains("Camunda Tasklist");
    assertThat(rest.withBasicAuth("reviewer", Api.PASSWORD).getForEntity("/v3/api-docs", String.class).getBody())
        .contains("/api/tasks/{id}/complete", "/api/models");
  }

  private static Map<String, Object> firstOf(Map<String, Object> page) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> content = (List<Map<String, Object>>) page.get("content");
    assertThat(content).isNotEmpty();
    return content.get(0);
  }

  private static void awaitReady() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new IllegalStateException("The jar exited with " + app.exitValue() + ":\n" + tail());
      }
      try {
        if (rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode().is2xxSuccessful()) {
          return;
        }
      } catch (RuntimeException notListeningYet) {
        // not yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Not ready within 240 s:\n" + tail());
  }

  private static String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
