package vn.danvan.workflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * A plan that cannot carry every waiting instance is refused, naming the step or the instruction, in Vietnamese,
 * and nothing moves: no batch, every instance still on the old version.
 */
class InvalidMigrationPlanIsRefusedTest extends ServiceOnH2 {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;

  MigrationFixture fixture;

  @BeforeEach
  void instancesWaitAtEachStepOfTheOldVersion() {
    fixture = new MigrationFixture(repository, runtime, management, jdbc, rest);
    fixture.oneAtEachStep("Kế hoạch sai");
  }

  @Test
  void aRemovedStepWithInstancesWaitingInItIsRefusedByNameAndNothingMoves() {
    Map<String, Object> withoutMapping = fixture.plan(DueDates.KEEP, Map.of());
    Api admin = Api.as(rest, "admin");
    long batches = management.createBatchQuery().count();

    ResponseEntity<Map<String, Object>> proposed = admin.post("/api/admin/migrations/plan", withoutMapping);
    assertThat(proposed.getStatusCode()).as("the plan itself is Camunda-valid").isEqualTo(HttpStatus.OK);
    assertThat(waiting(proposed.getBody())).anySatisfy(w -> assertThat(w)
        .containsEntry("activity", MigrationFixture.OLD_REVISE).containsEntry("mapped", false));

    for (String path : List.of("/api/admin/migrations/validate", "/api/admin/migrations")) {
      ResponseEntity<Map<String, Object>> refused = admin.post(path, withoutMapping);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      assertThat(refused.getBody()).containsEntry("title", "Kế hoạch chuyển đổi không thực hiện được");
      assertThat(errors(refused.getBody())).singleElement().satisfies(error -> {
        assertThat(error).containsEntry("source", MigrationFixture.OLD_REVISE);
        assertThat(error.get("messages").toString()).contains("Bổ sung hồ sơ").contains("hãy thêm một ánh xạ");
      });
    }
    assertNothingMoved(batches);
  }

  @Test
  void anInstructionBetweenStepsOfDifferentKindsIsRefusedNamingTheInstruction() {
    Map<String, Object> toAServiceTask = fixture.plan(DueDates.KEEP,
        Map.of(MigrationFixture.OLD_REVISE, "Task_MarkResubmitted"));
    long batches = management.createBatchQuery().count();
    for (String path : List.of("/api/admin/migrations/plan", "/api/admin/migrations")) {
      ResponseEntity<Map<String, Object>> refused = Api.as(rest, "admin").post(path, toAServiceTask);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
      assertThat(errors(refused.getBody())).singleElement().satisfies(error -> {
        assertThat(error).containsEntry("instruction", MigrationFixture.OLD_REVISE + " → Task_MarkResubmitted");
        assertThat(error.get("messages").toString()).contains("Hai bước khác loại");
      });
    }
    assertNothingMoved(batches);
  }

  @Test
  void theDryRunNamesEachInstanceThatWouldFailAndMovesNothing() {
    long batches = management.createBatchQuery().count();
    Map<String, Object> dryRun = Api.as(rest, "admin")
        .post("/api/admin/migrations/dry-run", fixture.plan(DueDates.KEEP, Map.of())).getBody();
    assertThat(dryRun).containsEntry("instances", 2).containsEntry("wouldMigrate", 1);
    List<Map<String, Object>> failures = errorsNamed(dryRun, "failures");
    assertThat(failures).singleElement().satisfies(f ->
        assertThat(f.get("reasons").toString()).contains(MigrationFixture.OLD_REVISE));

    Map<String, Object> mapped = Api.as(rest, "admin")
        .post("/api/admin/migrations/dry-run", fixture.renamedRevisionMapped(DueDates.KEEP)).getBody();
    assertThat(mapped).containsEntry("wouldMigrate", 2);
    assertThat(errorsNamed(mapped, "failures")).isEmpty();
    assertNothingMoved(batches);
  }

  private void assertNothingMoved(long batchesBefore) {
    assertThat(management.createBatchQuery().count()).isEqualTo(batchesBefore);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(fixture.source.getId()).count()).isEqualTo(2);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionId(fixture.target.getId()).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from task_view where process_definition_id = ?", Long.class,
        fixture.source.getId())).isEqualTo(2);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> waiting(Map<String, Object> plan) {
    return (List<Map<String, Object>>) plan.get("waiting");
  }

  private static List<Map<String, Object>> errors(Map<String, Object> problem) {
    return errorsNamed(problem, "errors");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errorsNamed(Map<String, Object> body, String name) {
    return (List<Map<String, Object>>) body.get(name);
  }
}
