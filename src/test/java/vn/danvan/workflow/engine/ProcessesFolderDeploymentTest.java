package vn.danvan.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every file in the top-level processes/ folder deploys on a fresh engine, under its bare file name. */
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

  private static List<String> files() throws IOException {
    try (Stream<Path> paths = Files.list(PROCESSES)) {
      return paths.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
          .sorted().toList();
    }
  }
}
