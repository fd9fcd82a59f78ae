package vn.danvan.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.danvan.workflow.support.Api;

/**
 * Model 1 and directive 1 exist together (the demo issues directive 1 at start; the first model registered is
 * model 1). Every endpoint taking a model id answers commune2 (Xuân Tân, which holds a plan task of directive 1)
 * exactly as a stranger who holds no task at all: model 1 is Xuân Hồng's. The model's view lists no directive
 * task, the directive's task rows name no model, and a database keyed the old way (bare ids) is upgraded at start,
 * twice without harm. Run on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"danvan.demo.password=" + Api.PASSWORD, "danvan.admin.password=" + Api.PASSWORD})
@ActiveProfiles("demo")
abstract class BusinessKeyApiContract {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
  static final String STRANGER = "stranger";
  static final String REPORT_PERIOD = "2020-01-01..2039-12-31";

  /** The first model registered in this database: number 1, like the demo directive. */
  // one model per suite: an H2 and a PostgreSQL suite in the same JVM must not share it
  static Class<?> registeredFor;
  static Long modelId;
  static Long evidenceId;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identity;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ProcessEngine engine;

  long directiveId;

  @BeforeEach
  void model1OfXuanHongAndDirective1WithAPlanTaskForXuanTan() {
    if (identity.createUserQuery().userId(STRANGER).count() == 0) {
      // a user of the district's office for internal affairs: sees its own unit only and holds no task
      User user = identity.newUser(STRANGER);
      user.setFirstName("Người");
      user.setLastName("Ngoài");
      user.setPassword(Api.PASSWORD);
      identity.saveUser(user);
      identity.createMembership(STRANGER, "phong-noi-vu-huyen");
    }
    if (registeredFor != getClass()) {
      modelId = register("Dân vận khéo trong dồn điền đổi thửa");
      ResponseEntity<Map<String, Object>> evidence = Api.as(rest, "commune1").upload(
          "/api/models/" + modelId + "/evidence", "bien-ban.pdf", PDF, Map.of("stage", "REGISTRATION"));
      assertThat(evidence.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      evidenceId = ((Number) evidence.getBody().get("id")).longValue();
      registeredFor = getClass();
    }
    directiveId = jdbc.queryForObject("select min(id) from directive", Long.class);
    assertThat(directiveId).as("the model and the directive have the same number").isEqualTo(modelId);
    assertThat(jdbc.queryForObject("""
        select count(*) from task_view t join task_candidate_group g on g.task_id = t.task_id
        where t.process_key = 'directive-implementation' and g.group_id = 'xa-xuan-tan'""", Long.class))
        .as("commune2's unit holds a plan task of the directive").isPositive();
  }

  @Test
  void everyEndpointTakingTheModelIdAnswersTheOtherUnitAsAStranger() {
    List<String> reads = List.of("/api/models/" + modelId, "/api/models/" + modelId + "/history",
        "/api/models/" + modelId + "/evidence", "/api/evidence/" + evidenceId,
        "/api/models/" + modelId + "/evaluations", "/api/models/" + modelId + "/reward-proposals",
        "/api/models/" + modelId + "/publicity", "/api/models/" + modelId + "/replications");
    for (String path : reads) {
      ResponseEntity<String> stranger = Api.as(rest, STRANGER).raw(path);
      assertThat(stranger.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer(Api.as(rest, "commune2").raw(path))).as(path).isEqualTo(answer(stranger));
      assertThat(Api.as(rest, "commune1").raw(path).getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    }

    String upload = "/api/models/" + modelId + "/evidence";
    ResponseEntity<Map<String, Object>> strangerUpload = Api.as(rest, STRANGER)
        .upload(upload, "anh.pdf", PDF, Map.of("stage", "REGISTRATION"));
    assertThat(strangerUpload.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> commune2Upload = Api.as(rest, "commune2")
        .upload(upload, "anh.pdf", PDF, Map.of("stage", "REGISTRATION"));
    assertThat(commune2Upload.getStatusCode()).isEqualTo(strangerUpload.getStatusCode());
    assertThat(commune2Upload.getBody()).isEqualTo(strangerUpload.getBody());
    assertThat(jdbc.queryForObject("select count(*) from evidence_file where model_id = ?", Long.class, modelId))
        .as("only commune1's file").isEqualTo(1);

    Map<String, Object> replication = Map.of("unitId", "xa-xuan-tan", "adoptedOn", "2024-03-01");
    ResponseEntity<Map<String, Object>> strangerReplication = Api.as(rest, STRANGER)
        .post("/api/models/" + modelId + "/replications", replication);
    assertThat(strangerReplication.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> commune2Replication = Api.as(rest, "commune2")
        .post("/api/models/" + modelId + "/replications", replication);
    assertThat(commune2Replication.getStatusCode()).isEqualTo(strangerReplication.getStatusCode());
    assertThat(commune2Replication.getBody()).isEqualTo(strangerReplication.getBody());

    String modelTasks = "/api/tasks?modelId=" + modelId;
    assertThat(Api.as(rest, "commune2").get(modelTasks).getBody())
        .isEqualTo(Api.as(rest, STRANGER).get(modelTasks).getBody())
        .containsEntry("totalElements", 0);
  }

  @Test
  void theModelListsOnlyItsOwnTasksAndTheDirectiveTasksNameNoModel() {
    Map<String, Object> model = Api.as(rest, "commune1").get("/api/models/" + modelId).getBody();
    assertThat(openTasks(model)).singleElement().satisfies(task -> assertThat(task)
        .containsEntry("processKey", "model-registration").containsEntry("step", "Task_ReviewRegistration"));
    assertThat(model).containsEntry("currentStep", "Thẩm định hồ sơ đăng ký");

    Map<String, Object> ofTheModel = Api.as(rest, "admin").get("/api/tasks?size=200&modelId=" + modelId).getBody();
    assertThat(rows(ofTheModel)).extracting(row -> row.get("processKey")).containsOnly("model-registration");
    Map<String, Object> directiveTasks = Api.as(rest, "admin")
        .get("/api/tasks?size=200&processKey=directive-implementation").getBody();
    assertThat(rows(directiveTasks)).isNotEmpty().allSatisfy(row -> assertThat(row.get("modelId")).isNull());
    assertThat(jdbc.queryForObject("select count(*) from task_view where process_key = 'directive-implementation'"
        + " and model_id is not null", Long.class)).isZero();
  }

  @Test
  void aModelOfAnotherUnitDoesNotCountInItsReports() {
    long approved = register("Dân vận khéo trong xây dựng nông thôn mới");
    String review = jdbc.queryForObject("select task_id from task_view where model_id = ?", String.class, approved);
    Api reviewer = Api.as(rest, "reviewer");
    reviewer.post("/engine-rest/task/" + review + "/claim", Map.of("userId", "reviewer"));
    assertThat(reviewer.post("/engine-rest/task/" + review + "/complete",
        Map.of("variables", Map.of("decision", Map.of("value", "APPROVE")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(registered(Api.as(rest, "admin").get("/api/reports/" + REPORT_PERIOD).getBody())).isPositive();
    Map<String, Object> ofXuanTan = Api.as(rest, "commune2").get("/api/reports/" + REPORT_PERIOD).getBody();
    assertThat(registered(ofXuanTan)).isZero();
    assertThat(ofXuanTan.get("byUnit").toString()).doesNotContain("xa-xuan-hong");
  }

  @Test
  void oldBareKeysAreUpgradedAtStartTwiceWithoutHarmAndTheModelFindsItsTasksAgain() throws IOException {
    // a database from before: bare ids as keys, and a task list that took a model id from a directive's task
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_HI_PROCINST")) {
      jdbc.update("update " + table + " set BUSINESS_KEY_ = substr(BUSINESS_KEY_, 7)"
          + " where BUSINESS_KEY_ like 'model:%'");
      jdbc.update("update " + table + " set BUSINESS_KEY_ = substr(BUSINESS_KEY_, 11)"
          + " where BUSINESS_KEY_ like 'directive:%'");
    }
    jdbc.update("update task_view set model_id = ? where process_key = 'directive-implementation'", directiveId);
    assertThat(keys("ACT_RU_EXECUTION", "model-registration")).contains(String.valueOf(modelId));
    assertThat(openTasks(Api.as(rest, "commune1").get("/api/models/" + modelId).getBody()))
        .as("the bare key hides the model's task").isEmpty();

    jdbc.execute(new ClassPathResource("db/migration/V60__business_keys.sql")
        .getContentAsString(StandardCharsets.UTF_8));
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    int first = BusinessKeyMigration.upgradeStoredKeys(configuration);
    int second = BusinessKeyMigration.upgradeStoredKeys(configuration);

    assertThat(first).isPositive();
    assertThat(second).isZero();
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_HI_PROCINST")) {
      assertThat(keys(table, "model-registration")).as(table).contains(BusinessKey.model(modelId))
          .allMatch(key -> key.startsWith("model:"));
      assertThat(keys(table, "directive-implementation")).as(table).containsOnly(BusinessKey.directive(directiveId));
    }
    assertThat(jdbc.queryForObject("select count(*) from task_view where process_key = 'directive-implementation'"
        + " and model_id is not null", Long.class)).isZero();
    assertThat(openTasks(Api.as(rest, "commune1").get("/api/models/" + modelId).getBody()))
        .singleElement().satisfies(task -> assertThat(task).containsEntry("processKey", "model-registration"));
    assertThat(Api.as(rest, "commune2").raw("/api/models/" + modelId).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anInstanceStartedWithAnOldKeyByAnOlderProcessVersionGetsTheNewOne() {
    String instanceId = jdbc.queryForObject(
        "select process_instance_id from mobilization_model where id = ?", String.class, modelId);
    ProcessInstance started = runtime.startProcessInstanceByKey("model-registration", String.valueOf(modelId),
        runtime.getVariables(instanceId));
    try {
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult()
          .getBusinessKey()).isEqualTo(BusinessKey.model(modelId));
    } finally {
      runtime.deleteProcessInstance(started.getId(), "test");
    }
  }

  private long register(String name) {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", name));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private List<String> keys(String table, String processKey) {
    String definition = table.equals("ACT_HI_PROCINST") ? "PROC_DEF_KEY_ = ?"
        : "PROC_DEF_ID_ in (select ID_ from ACT_RE_PROCDEF where KEY_ = ?)";
    return jdbc.queryForList("select BUSINESS_KEY_ from " + table + " where BUSINESS_KEY_ is not null and "
        + definition, String.class, processKey);
  }

  /** Status and body: what a caller can tell apart. */
  private static List<Object> answer(ResponseEntity<String> response) {
    return List.of(response.getStatusCode(), String.valueOf(response.getBody()));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> openTasks(Map<String, Object> model) {
    Object open = model.get("openTasks");
    return open == null ? List.of() : (List<Map<String, Object>>) open;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> page) {
    return new ArrayList<>((List<Map<String, Object>>) page.get("content"));
  }

  @SuppressWarnings("unchecked")
  private static long registered(Map<String, Object> report) {
    return ((List<Map<String, Object>>) report.get("byUnit")).stream()
        .mapToLong(unit -> ((Number) unit.get("registered")).longValue()).sum();
  }
}
