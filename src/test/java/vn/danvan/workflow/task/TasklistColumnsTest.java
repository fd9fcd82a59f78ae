package vn.danvan.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * Tasklist's variable columns, asked of engine-rest exactly as Tasklist asks (a filter's list in HAL): a reviewer
 * with nothing but the rights Camunda gives a candidate group sees them filled, a user of another unit sees
 * neither the task nor its values, and no one gained the right to read the process instance's variables.
 */
class TasklistColumnsTest extends ServiceOnH2 {

  private static final String UNIT_FILTER = "Việc của đơn vị";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  FilterService filters;
  @Autowired
  ManagementService management;
  @Autowired
  TasklistFilters tasklistFilters;
  @Autowired
  TasklistColumnsBackfill backfill;

  long modelId;
  String modelName;

  @BeforeEach
  void commune1RegistersAModel() {
    modelName = "Dân vận khéo trong dồn điền đổi thửa " + System.nanoTime();
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", modelName));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    modelId = ((Number) created.getBody().get("id")).longValue();
  }

  @Test
  void aReviewerSeesTheColumnsFilled() {
    List<Map<String, Object>> tasks = tasklistPage("reviewer", UNIT_FILTER);

    assertThat(tasks).singleElement().satisfies(task -> assertThat(columns("reviewer", UNIT_FILTER, task))
        .containsExactly(Map.entry("Mô hình / điển hình", modelName), Map.entry("Đơn vị", "Xã Xuân Hồng"),
            Map.entry("Lĩnh vực", "Kinh tế"), Map.entry("Năm", 2026)));
  }

  @Test
  void theColumnsComeFromTheTaskNotFromReadingTheProcessInstance() {
    String processInstanceId = (String) tasklistPage("reviewer", UNIT_FILTER).get(0).get("processInstanceId");

    assertThat(Api.as(rest, "reviewer").status("/engine-rest/process-instance/" + processInstanceId + "/variables"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "reviewer")
        .getList("/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId).getBody())
        .isNotEmpty().allSatisfy(variable -> assertThat(variable.get("taskId")).isNotNull());
  }

  @Test
  void anotherUnitSeesNeitherTheTaskNorItsValues() {
    Map<String, Object> task = tasklistPage("reviewer", UNIT_FILTER).get(0);

    for (String other : List.of("commune2", "council")) {
      for (String filter : List.of("Việc của tôi", UNIT_FILTER, "Quá hạn")) {
        assertThat(tasklistPage(other, filter)).as("%s, %s", other, filter).isEmpty();
      }
      assertThat(Api.as(rest, other).getList("/engine-rest/variable-instance?processInstanceIdIn="
          + task.get("processInstanceId")).getBody()).as(other).isEmpty();
    }
  }

  @Test
  void aModelRenamedInItsRevisionShowsItsNewNameToTheReviewer() {
    completeThroughEngineRest("reviewer", (String) tasklistPage("reviewer", UNIT_FILTER).get(0).get("id"),
        Map.of("decision", Map.of("value", "RETURN"),
            "missingItems", Map.of("type", "Json", "value", "[\"Thiếu nguồn lực thực hiện\"]")));
    List<Map<String, Object>> revise = tasklistPage("commune1", UNIT_FILTER);
    assertThat(revise).singleElement().satisfies(task -> assertThat(columns("commune1", UNIT_FILTER, task))
        .containsEntry("Mô hình / điển hình", modelName));

    String renamed = modelName + " (đã đổi tên)";
    completeThroughEngineRest("commune1", (String) revise.get(0).get("id"),
        Map.of("name", Map.of("value", renamed), "resources", Map.of("value", "60 triệu đồng")));

    assertThat(Api.as(rest, "commune1").get("/api/models/" + modelId).getBody()).containsEntry("name", renamed);
    assertThat(tasklistPage("reviewer", UNIT_FILTER)).singleElement()
        .satisfies(task -> assertThat(columns("reviewer", UNIT_FILTER, task))
            .containsEntry("Mô hình / điển hình", renamed));
  }

  @Test
  void aDatabaseFromBeforeGetsTheColumnsOnItsOpenTasksAndFiltersAtStart() throws Exception {
    String taskId = (String) tasklistPage("reviewer", UNIT_FILTER).get(0).get("id");
    // as before this change: the task has no copies, the filter shows the process variables, nothing marked done
    tasks.removeVariablesLocal(taskId, TasklistColumns.COLUMNS.stream().map(TasklistColumns.Column::taskVariable)
        .toList());
    Filter filter = filters.createFilterQuery().filterName(UNIT_FILTER).singleResult();
    Map<String, Object> properties = new HashMap<>(filter.getProperties());
    properties.put("variables", List.of(Map.of("name", "name", "label", "Mô hình / điển hình"),
        Map.of("name", "unitName", "label", "Đơn vị"), Map.of("name", "fieldLabel", "label", "Lĩnh vực"),
        Map.of("name", "year", "label", "Năm")));
    filters.saveFilter(filter.setProperties(properties));
    management.deleteProperty(TasklistColumnsBackfill.DONE);
    assertThat(columns("reviewer", UNIT_FILTER, tasklistPage("reviewer", UNIT_FILTER).get(0))).isEmpty();

    tasklistFilters.run(null);
    backfill.run(null);

    assertThat(columns("reviewer", UNIT_FILTER, tasklistPage("reviewer", UNIT_FILTER).get(0)))
        .containsExactly(Map.entry("Mô hình / điển hình", modelName), Map.entry("Đơn vị", "Xã Xuân Hồng"),
            Map.entry("Lĩnh vực", "Kinh tế"), Map.entry("Năm", 2026));
    assertThat(management.getProperties()).containsKey(TasklistColumnsBackfill.DONE);
    assertThat(((Number) Api.as(rest, "reviewer").get("/engine-rest/filter/" + filter.getId() + "/count")
        .getBody().get("count")).intValue()).as("the switched filter still queries").isPositive();
  }

  /** The filter's page of this model's tasks, as Tasklist asks for it: HAL, with the filter's variables. */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> tasklistPage(String user, String filterName) {
    Map<String, Object> body = Map.of("processInstanceBusinessKey", BusinessKey.model(modelId),
        "processVariables", List.of(), "taskVariables", List.of(), "caseInstanceVariables", List.of(),
        "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")), "active", true);
    ResponseEntity<Map<String, Object>> page = Api.as(rest, user)
        .postHal("/engine-rest/filter/" + filter(user, filterName).get("id") + "/list?firstResult=0&maxResults=15",
            body);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> embedded = (Map<String, Object>) page.getBody().getOrDefault("_embedded", Map.of());
    return (List<Map<String, Object>>) embedded.getOrDefault("task", List.of());
  }

  /** What the task's card shows: each of the filter's columns (label) with the value of its variable. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> columns(String user, String filterName, Map<String, Object> task) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map<String, Object> variable : (List<Map<String, Object>>) ((Map<String, Object>) task.get("_embedded"))
        .get("variable")) {
      values.put((String) variable.get("name"), variable.get("value"));
    }
    Map<String, Object> shown = new LinkedHashMap<>();
    Map<String, Object> properties = (Map<String, Object>) filter(user, filterName).get("properties");
    for (Map<String, Object> column : (List<Map<String, Object>>) properties.get("variables")) {
      if (values.containsKey(column.get("name"))) {
        shown.put((String) column.get("label"), values.get(column.get("name")));
      }
    }
    return shown;
  }

  private Map<String, Object> filter(String user, String name) {
    return Api.as(rest, user).getList("/engine-rest/filter").getBody().stream()
        .filter(filter -> name.equals(filter.get("name"))).findFirst().orElseThrow();
  }

  private void completeThroughEngineRest(String user, String taskId, Map<String, Object> variables) {
    assertThat(Api.as(rest, user).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(Api.as(rest, user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
