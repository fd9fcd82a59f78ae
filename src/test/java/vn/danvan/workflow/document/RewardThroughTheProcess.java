package vn.danvan.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.support.Api;

/**
 * A Giấy khen granted as the demo district grants it: a recognised model of Xuân Hồng, its reward process started
 * as a recognition round starts it, the dossier sent by commune1, proposed by the council and decided by the chair,
 * each through the task API.
 */
final class RewardThroughTheProcess {

  static final String NUMBER = "2345/QĐ-UBND";

  private final TestRestTemplate rest;
  private final ModelRepository models;
  private final RuntimeService runtime;

  RewardThroughTheProcess(TestRestTemplate rest, ModelRepository models, RuntimeService runtime) {
    this.rest = rest;
    this.models = models;
    this.runtime = runtime;
  }

  /** A recognised model of Xuân Hồng by that name, rewarded in that year; its id. */
  long granted(String name, int year) {
    MobilizationModel model = new MobilizationModel(ModelKind.MODEL, "xa-xuan-hong", Field.ECONOMY, year, "commune1");
    model.describe(new RegistrationDossier(name, "Thực trạng", "Mục tiêu", "Nội dung", "Phạm vi", "Lực lượng", null,
        "Lộ trình", "Kết quả", null));
    model.markRegistered();
    model.markEvaluated();
    model.markRecognised();
    long id = models.save(model).getId();
    runtime.startProcessInstanceByKey("model-reward", "model:" + id,
        Map.of("year", year, "areaId", "huyen-xuan-truong"));
    complete("commune1", task(id, "commune1", "Task_PrepareRewardDossier"), null,
        Map.of("letterNumber", "15/TTr-UBND", "achievements", "120 hộ đồng thuận dồn điền đổi thửa"));
    complete("council", task(id, "council", "Task_ReviewRewardDossier"), "APPROVE",
        Map.of("rewardForm", "GIAY_KHEN", "councilNote", "Nhất trí 7/7"));
    complete("chair", task(id, "chair", "Task_DecideReward"), "GRANT", Map.of("decisionNumber", NUMBER,
        "decisionDate", (year + 1) + "-01-12", "signer", "Nguyễn Văn Chủ tịch"));
    return id;
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> notifications(String user) {
    return (List<Map<String, Object>>) Api.as(rest, user).get("/api/notifications?size=200").getBody().get("content");
  }

  @SuppressWarnings("unchecked")
  private String task(long modelId, String user, String step) {
    List<Map<String, Object>> open = (List<Map<String, Object>>) Api.as(rest, user).get("/api/models/" + modelId)
        .getBody().get("openTasks");
    return open.stream().filter(t -> step.equals(t.get("step"))).map(t -> (String) t.get("id")).findFirst()
        .orElseThrow(() -> new AssertionError(step + " is not open on model " + modelId + ": " + open));
  }

  private void complete(String user, String taskId, String decision, Map<String, Object> variables) {
    Api api = Api.as(rest, user);
    assertThat(api.post("/api/tasks/" + taskId + "/claim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> body = new HashMap<>();
    body.put("variables", variables);
    if (decision != null) {
      body.put("decision", decision);
    }
    ResponseEntity<Map<String, Object>> done = api.post("/api/tasks/" + taskId + "/complete", body);
    assertThat(done.getStatusCode()).as("%s completes %s: %s", user, taskId, done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
