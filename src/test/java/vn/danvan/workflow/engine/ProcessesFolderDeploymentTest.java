package vn.danvan.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file in the top-level processes/ folder deploys on a fresh engine, under its bare file name; a changed
 * form deploys again with the processes that bind it, so each process version keeps the forms it was deployed
 * with.
 */
class ProcessesFolderDeploymentTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-test.cfg.xml").build();

  private static final Path PROCESSES = Path.of("processes").toAbsolutePath();

  @AfterEach
  void undeploy() {
    RepositoryService repository = engine.getRepositoryService();
    repository.createDeploymentQuery().list().forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void everyBpmnDmnAndFormInProcessesDeploysUnderItsFileName() throws IOException {
    new ProcessesDeployment(PROCESSES.toString()).deploy(engine.getProcessEngine());

    RepositoryService repository = engine.getRepositoryService();
    Deployment deployment = repository.createDeploymentQuery().singleResult();
    List<String> deployed = repository.getDeploymentResources(deployment.getId()).stream()
        .map(Resource::getName).toList();
    List<String> files = files();
    assertThat(files).contains("model-registration.bpmn");
    assertThat(deployed).containsExactlyInAnyOrderElementsOf(files);
    assertThat(repository.createProcessDefinitionQuery().count())
        .isEqualTo(files.stream().filter(f -> f.endsWith(".bpmn")).count());
    assertThat(repository.createDecisionDefinitionQuery().count())
        .isGreaterThanOrEqualTo(files.stream().filter(f -> f.endsWith(".dmn")).count());
    repository.createProcessDefinitionQuery().list().forEach(definition ->
        assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isPositive());
  }

  @Test
  void deployingTheUnchangedFolderAgainMakesNoNewVersion() throws IOException {
    ProcessesDeployment deployment = new ProcessesDeployment(PROCESSES.toString());
    deployment.deploy(engine.getProcessEngine());
    deployment.deploy(engine.getProcessEngine());

    RepositoryService repository = engine.getRepositoryService();
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(1);
    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .allSatisfy(definition -> assertThat(definition.getVersion()).isEqualTo(1));
  }

  @Test
  void aRunningInstanceKeepsTheFormItStartedWithAndANewInstanceGetsTheChangedForm(@TempDir Path folder)
      throws IOException {
    try (Stream<Path> paths = Files.list(PROCESSES)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    ProcessesDeployment deployment = new ProcessesDeployment(folder.toString());
    deployment.deploy(engine.getProcessEngine());
    String startedBefore = reviewTaskOfNewRegistration();

    // as on a restart after the form was edited (in Modeler or in the repository)
    Path form = folder.resolve("review-registration.form");
    Files.writeString(form, Files.readString(form).replace("\"Kết quả thẩm định\"", "\"Kết quả thẩm định (mẫu mới)\""));
    deployment.deploy(engine.getProcessEngine());
    String startedAfter = reviewTaskOfNewRegistration();

    assertThat(reviewForm(startedBefore)).contains("\"Kết quả thẩm định\"").doesNotContain("mẫu mới");
    assertThat(reviewForm(startedAfter)).contains("\"Kết quả thẩm định (mẫu mới)\"");
    RepositoryService repository = engine.getRepositoryService();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("model-registration").count())
        .as("the changed form made a new version of its process").isEqualTo(2);
    assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
        .filteredOn(definition -> !definition.getKey().equals("model-registration"))
        .as("and of no other").allSatisfy(definition -> assertThat(definition.getVersion()).isEqualTo(1));

    // and a process changed alone still finds its forms in its own deployment
    Path bpmn = folder.resolve("model-registration.bpmn");
    Files.writeString(bpmn, Files.readString(bpmn).replace("camunda:versionTag=\"1.0\"", "camunda:versionTag=\"1.1\""));
    deployment.deploy(engine.getProcessEngine());
    assertThat(reviewForm(reviewTaskOfNewRegistration())).contains("\"Kết quả thẩm định (mẫu mới)\"");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(3);
  }

  private String reviewTaskOfNewRegistration() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("model-registration", "7",
        Map.of("reviewerGroup", "ban-dan-van-huyen", "unitId", "xa-xuan-hong")).getId();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private String reviewForm(String taskId) {
    try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> files() throws IOException {
    try (Stream<Path> paths = Files.list(PROCESSES)) {
      return paths.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
          .sorted().toList();
    }
  }
}
