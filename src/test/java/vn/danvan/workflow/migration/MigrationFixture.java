package vn.danvan.workflow.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;

/**
 * A source version of model-registration as it was before working days (P15D, calendar days; the revision step
 * still called Task_ReviseDossier, "Bổ sung hồ sơ") deployed beside the real file, which is deployed again right
 * after so that it stays the latest for every other test; instances started on the old one, waiting at each
 * user step, for models registered through the API.
 */
final class MigrationFixture {

  static final String KEY = "model-registration";
  static final String OLD_REVISE = "Task_ReviseDossier";
  static final String REVIEW = "Task_ReviewRegistration";
  static final String REVISE = "Task_ReviseRegistration";

  final RepositoryService repository;
  final RuntimeService runtime;
  final ManagementService management;
  final JdbcTemplate jdbc;
  final TestRestTemplate rest;
  final ProcessDefinition source;
  final ProcessDefinition target;

  final String key;

  MigrationFixture(RepositoryService repository, RuntimeService runtime, ManagementService management,
      JdbcTemplate jdbc, TestRestTemplate rest) {
    this(repository, runtime, management, jdbc, rest, KEY, List.of("review-registration", "revise-registration"));
  }

  /** The calendar-day version of process {@code key} (migration/{key}-calendar-days.bpmn), then the real one. */
  MigrationFixture(RepositoryService repository, RuntimeService runtime, ManagementService management,
      JdbcTemplate jdbc, TestRestTemplate rest, String key, List<String> forms) {
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
    this.jdbc = jdbc;
    this.rest = rest;
    this.key = key;
    this.source = deploy("migration/" + key + "-calendar-days.bpmn", forms);
    this.target = deploy("processes/" + key + ".bpmn", forms);
  }

  private ProcessDefinition deploy(String bpmn, List<String> forms) {
    DeploymentBuilder deployment = repository.createDeployment().name("migration-test").addClasspathResource(bpmn);
    forms.forEach(form -> deployment.addClasspathResource("processes/" + form + ".form"));
    return repository.createProcessDefinitionQuery().deploymentId(deployment.deploy().getId()).singleResult();
  }

  /** A model registered by commune1; its own instance (latest version) is removed, one on the old version waits. */
  ProcessInstance waitingAt(String activity, String name) {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", name));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long modelId = ((Number) created.getBody().get("id")).longValue();
    ProcessInstance registered = runtime.createProcessInstanceQuery().processInstanceBusinessKey("model:" + modelId)
        .singleResult();
    Map<String, Object> variables = new HashMap<>(runtime.getVariables(registered.getId()));
    runtime.deleteProcessInstance(registered.getId(), "the test starts it on the old version");
    variables.put("missingText", "Thiếu biên bản họp thôn");
    return runtime.createProcessInstanceById(source.getId()).businessKey("model:" + modelId)
        .setVariables(variables).startBeforeActivity(activity).execute();
  }

  List<ProcessInstance> oneAtEachStep(String prefix) {
    List<ProcessInstance> started = new ArrayList<>();
    started.add(waitingAt(REVIEW, prefix + " chờ thẩm định"));
    started.add(waitingAt(OLD_REVISE, prefix + " chờ bổ sung"));
    return started;
  }

  Map<String, Object> plan(DueDates dueDates, Map<String, String> mappings) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("processKey", key);
    plan.put("sourceVersion", source.getVersion());
    plan.put("targetVersion", target.getVersion());
    plan.put("dueDates", dueDates.name());
    plan.put("mappings", mappings.entrySet().stream()
        .map(e -> Map.of("source", e.getKey(), "target", e.getValue())).toList());
    return plan;
  }

  Map<String, Object> renamedRevisionMapped(DueDates dueDates) {
    return plan(dueDates, Map.of(OLD_REVISE, REVISE));
  }

  /** The batch's seed job, then its migration jobs, then its monitor, as one job executor would run them. */
  void runBatch(String batchId) {
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    runJobs(batch.getSeedJobDefinitionId());
    runJobs(batch.getBatchJobDefinitionId());
    runJobs(batch.getMonitorJobDefinitionId());
  }

  void runJobs(String jobDefinitionId) {
    for (Job job : management.createJobQuery().jobDefinitionId(jobDefinitionId).list()) {
      management.executeJob(job.getId());
    }
  }

  /** The pending reminder jobs of a task (the reminder capability's timer jobs, keyed by the task's id). */
  List<Map<String, Object>> reminderJobs(String taskId) {
    return jdbc.queryForList("""
        select ID_ as id, DUEDATE_ as due, PROCESS_DEF_ID_ as definition from ACT_RU_JOB
        where HANDLER_TYPE_ = 'danvan-reminder' and HANDLER_CFG_ like ?""", taskId + "|%");
  }

  Map<String, Object> taskRow(String taskId) {
    return jdbc.queryForMap("select * from task_view where task_id = ?", taskId);
  }

  static Instant instant(Object timestamp) {
    return timestamp instanceof java.time.OffsetDateTime offset ? offset.toInstant()
        : ((java.sql.Timestamp) timestamp).toInstant();
  }
}
