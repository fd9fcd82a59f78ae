package vn.danvan.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.DanvanWorkflowApplication;
import vn.danvan.workflow.support.Api;

/**
 * The embedded H2 file keeps everything across restarts; restarting never makes a new process version, and
 * a changed BPMN makes exactly one while running instances stay on theirs.
 */
class RestartKeepsDataTest {

  @TempDir
  Path dir;

  @Test
  void restartsKeepModelsAndInstancesAndMakeNewVersionsOnlyForChangedFiles() throws IOException {
    Path processes = dir.resolve("processes");
    copyProcesses(processes);
    long modelId;
    String instanceId;

    try (ConfigurableApplicationContext app = start(processes)) {
      ResponseEntity<Map<String, Object>> created = Api.as(http(app), "commune1")
          .post("/api/models", Api.registration("xa-xuan-hong", "Mô hình trước khi khởi động lại"));
      assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      modelId = ((Number) created.getBody().get("id")).longValue();
      instanceId = (String) created.getBody().get("processInstanceId");
      assertThat(registrationVersion(app)).isEqualTo(1);
    }

    for (int restart = 1; restart <= 2; restart++) {
      try (ConfigurableApplicationContext app = start(processes)) {
        assertThat(Api.as(http(app), "commune1").get("/api/models/" + modelId).getBody())
            .containsEntry("status", "SUBMITTED").containsEntry("processInstanceId", instanceId);
        assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(instanceId)
            .active().count()).isEqualTo(1);
        assertThat(registrationVersion(app)).as("restart %d", restart).isEqualTo(1);
        assertThat(app.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(1);
      }
    }

    Path bpmn = processes.resolve("model-registration.bpmn");
    Files.writeString(bpmn, Files.readString(bpmn, StandardCharsets.UTF_8)
        .replace("camunda:versionTag=\"1.0\"", "camunda:versionTag=\"1.1\""), StandardCharsets.UTF_8);

    try (ConfigurableApplicationContext app = start(processes)) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      assertThat(registrationVersion(app)).isEqualTo(2);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("model-registration").count())
          .isEqualTo(2);
      // the other files did not change, so they got no new version
      assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
          .filteredOn(definition -> !definition.getKey().equals("model-registration"))
          .allSatisfy(definition -> assertThat(definition.getVersion()).isEqualTo(1));
      ProcessInstance running = app.getBean(RuntimeService.class).createProcessInstanceQuery()
          .processInstanceId(instanceId).singleResult();
      ProcessDefinition itsDefinition = repository.getProcessDefinition(running.getProcessDefinitionId());
      assertThat(itsDefinition.getVersion()).isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext start(Path processes) {
    return new SpringApplicationBuilder(DanvanWorkflowApplication.class)
        .profiles("demo")
        .run("--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("data/danvan") + ";DB_CLOSE_ON_EXIT=FALSE",
            "--danvan.processes.dir=" + processes,
            "--danvan.demo.password=" + Api.PASSWORD,
            "--danvan.admin.password=" + Api.PASSWORD);
  }

  private static TestRestTemplate http(ConfigurableApplicationContext app) {
    String port = app.getEnvironment().getProperty("local.server.port");
    return new TestRestTemplate(new org.springframework.boot.web.client.RestTemplateBuilder()
        .rootUri("http://localhost:" + port));
  }

  private static int registrationVersion(ConfigurableApplicationContext app) {
    return app.getBean(RepositoryService.class).createProcessDefinitionQuery()
        .processDefinitionKey("model-registration").latestVersion().singleResult().getVersion();
  }

  private static void copyProcesses(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }
}
