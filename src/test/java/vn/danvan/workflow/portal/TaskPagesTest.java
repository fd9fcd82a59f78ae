package vn.danvan.workflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The task page (/viec/{id}) renders the task's own Camunda Form from the form engine and acts through the rules
 * of /api/tasks: another unit's task is 404, hide conditions follow what is chosen, a broken constraint is said
 * beside its field with the values kept, someone else's claim and a completed task are sentences, completion
 * moves the process.
 */
class TaskPagesTest extends ServiceOnH2 {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ModelRepository models;

  private long register(String name) {
    return ((Number) Api.as(rest, "commune1").post("/api/models", Api.registration("xa-xuan-hong", name))
        .getBody().get("id")).longValue();
  }

  @SuppressWarnings("unchecked")
  private String reviewTask(long modelId) {
    Map<String, Object> page = Api.as(rest, "reviewer").get("/api/tasks?modelId=" + modelId).getBody();
    List<Map<String, Object>> rows = (List<Map<String, Object>>) page.get("content");
    return (String) rows.get(0).get("id");
  }

  @Test
  void theReviewPageRendersTheFormOfTheProcessAndOnlyItsUnitsAndReviewersSeeIt() {
    long modelId = register("Dồn điền <b>đổi thửa</b>");
    String task = reviewTask(modelId);

    assertThat(PortalSession.signedIn(port, "commune2").get("/viec/" + task).statusCode()).isEqualTo(404);

    HttpResponse<String> page = PortalSession.signedIn(port, "reviewer").get("/viec/" + task);
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    // text: markdown rendered, user data escaped
    assertThat(html).contains("<h2>Thẩm định hồ sơ đăng ký</h2>", "<strong>đầy đủ một lần</strong>",
        "Dồn điền &lt;b&gt;đổi thửa&lt;/b&gt;").doesNotContain("<b>đổi thửa</b>");
    // group, read-only textfield, number and textarea with the task's values, each labelled
    assertThat(html).contains("<legend class=\"h6\">Hồ sơ đăng ký</legend>", "for=\"f-name\"", "id=\"f-year\"",
        "value=\"2026\"", "for=\"f-situation\"", "Nhiều hộ còn e ngại dồn điền đổi thửa");
    // radio and checklist; the checklist and the "returned once" text hidden until RETURN is chosen
    assertThat(html).contains("type=\"radio\"", "value=\"APPROVE\"", "Đồng ý đăng ký", "type=\"checkbox\"",
        "Thiếu nguồn lực thực hiện");
    assertThat(html).containsPattern("<fieldset[^>]*id=\"f-missingItems\"[^>]*hidden|<fieldset[^>]*hidden[^>]*id=\"f-missingItems\"");
    assertThat(html).containsPattern("<div class=\"form-markdown mb-3\" hidden=\"hidden\"><p><strong>Hồ sơ đã được trả lại");
    assertThat(html).contains("Nhận việc", "hx-post=\"/viec/" + task + "/bieu-mau\"");
    // the process's diagram, this step framed strongest and named in words, in a region the keyboard scrolls
    assertThat(html).contains("Sơ đồ quy trình: Đăng ký mô hình, điển hình", "<strong>Thẩm định hồ sơ đăng ký</strong>",
        "(việc này)", "class=\"diagram-scroll\" tabindex=\"0\" role=\"region\"",
        "role=\"img\" aria-label=\"Sơ đồ quy trình Đăng ký mô hình, điển hình &quot;Dân vận khéo&quot;, bước hiện tại:"
            + " Thẩm định hồ sơ đăng ký\"")
        .containsPattern("<g class=\"bpmn-task bpmn-focus\">(?:(?!</g>).)*<tspan[^>]*>Thẩm định hồ sơ</tspan>");
    // the model page shows the same instance, the step under way without "this task"
    String modelPage = PortalSession.signedIn(port, "reviewer").get("/mo-hinh/" + modelId).body();
    assertThat(modelPage).contains("Sơ đồ quy trình: Đăng ký mô hình", "<strong>Thẩm định hồ sơ đăng ký</strong>")
        .containsPattern("<g class=\"bpmn-task bpmn-current\">(?:(?!</g>).)*<tspan[^>]*>Thẩm định hồ sơ</tspan>")
        .doesNotContain("(việc này)");
  }

  @Test
  void theTaskListShowsTheViewsWithTheirCountsAndOnlyWhatTheCallerMaySee() {
    // a unit no other suite registers for, so that the filtered view holds this task whatever ran before
    long modelId = ((Number) Api.as(rest, "admin").post("/api/models",
        Api.registration("xa-tho-nghiep", "Mô hình trong danh sách việc")).getBody().get("id")).longValue();
    String task = reviewTask(modelId);
    HttpResponse<String> unit = PortalSession.signedIn(port, "reviewer")
        .get("/cong-viec?view=unit&unitId=xa-tho-nghiep");
    assertThat(unit.statusCode()).isEqualTo(200);
    assertThat(unit.body()).contains("Việc của tôi", "Việc của đơn vị", "Quá hạn", "Sắp đến hạn",
        "href=\"/viec/" + task + "\"", "Mô hình trong danh sách việc", "Xã Thọ Nghiệp", "ngày làm việc");
    assertThat(PortalSession.signedIn(port, "commune2").get("/cong-viec?view=unit").body())
        .doesNotContain("/viec/" + task);
  }

  @Test
  void choosingReturnShowsWhatIsMissingAndARefusalIsSaidBesideItsFieldWithTheValuesKept() {
    long modelId = register("Mô hình thẩm định trên cổng");
    String task = reviewTask(modelId);
    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    reviewer.get("/viec/" + task);
    assertThat(reviewer.post("/viec/" + task + "/nhan", Map.of()).statusCode()).isEqualTo(302);

    HttpResponse<String> redrawn = reviewer.post("/viec/" + task + "/bieu-mau", Map.of("decision", "RETURN"));
    assertThat(redrawn.statusCode()).isEqualTo(200);
    assertThat(redrawn.body()).startsWith("<div id=\"task-form-fields\"")
        .containsPattern("<fieldset[^>]*id=\"f-missingItems\"(?![^>]*hidden)[^>]*>");

    HttpResponse<String> refused = reviewer.post("/viec/" + task + "/hoan-thanh",
        Map.of("decision", "REJECT", "comment", "Ý kiến giữ lại"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("id=\"f-rejectionReason-error\"", "không được để trống",
        "Ý kiến giữ lại").containsPattern("value=\"REJECT\"[^>]*checked");
    assertThat(models.findById(modelId).orElseThrow().getStatus()).isEqualTo(ModelStatus.SUBMITTED);
  }

  @Test
  void someoneElsesClaimAndACompletedTaskAreSentencesAndApprovalRegistersTheModel() {
    long modelId = register("Mô hình được duyệt trên cổng");
    String task = reviewTask(modelId);
    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    reviewer.get("/viec/" + task);
    reviewer.post("/viec/" + task + "/nhan", Map.of());

    PortalSession head = PortalSession.signedIn(port, "head");
    head.get("/viec/" + task);
    HttpResponse<String> taken = head.post("/viec/" + task + "/nhan", Map.of());
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.body()).contains("Việc này đã được Trần Thị Thẩm định nhận lúc").doesNotContain("Exception");

    HttpResponse<String> approved = reviewer.post("/viec/" + task + "/hoan-thanh",
        Map.of("decision", "APPROVE", "comment", "Hồ sơ đầy đủ"));
    assertThat(approved.statusCode()).isEqualTo(302);
    assertThat(approved.headers().firstValue("Location").orElseThrow()).endsWith("/mo-hinh/" + modelId);
    assertThat(models.findById(modelId).orElseThrow().getStatus()).isEqualTo(ModelStatus.REGISTERED);
    assertThat(reviewer.get("/mo-hinh/" + modelId).body()).contains("Đã đăng ký");

    HttpResponse<String> again = reviewer.post("/viec/" + task + "/hoan-thanh", Map.of("decision", "APPROVE"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Việc này đã được Trần Thị Thẩm định hoàn thành lúc");
    assertThat(PortalSession.signedIn(port, "commune2").get("/viec/" + task).statusCode()).isEqualTo(404);
  }
}
