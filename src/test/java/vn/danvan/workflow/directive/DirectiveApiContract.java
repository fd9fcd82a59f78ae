package vn.danvan.workflow.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.FixedClock;
import vn.danvan.workflow.support.VietnamClock;

/**
 * The directive contract through HTTP as the demo users: the seeded Action Program; issuing (Ban Dân vận or
 * admin only); plans and reports done through engine-rest (what Tasklist calls) showing in the directive; the
 * consolidated report sent and downloadable; problem+json. Run on H2 and on a real PostgreSQL.
 *
 * <p>The service's clock (the engine's, which its Clock bean reads) stands still at {@link #NOW}, a Friday ten days
 * before the annual round opens, from before the application starts (the demo directive is issued then) to the
 * end; the time-travel suite ({@code TimeTravelTest}) runs the rounds on the other days that matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"danvan.demo.password=" + Api.PASSWORD, "danvan.admin.password=" + Api.PASSWORD})
@ActiveProfiles("demo")
abstract class DirectiveApiContract {

  @RegisterExtension
  static final FixedClock NOW = FixedClock.at("2026-11-20T10:00");
  static final LocalDate TODAY = NOW.today();

  @Autowired
  TestRestTemplate rest;

  @Test
  void demoSeedsTheActionProgramWithItsNineTasksUnitsAndMembersInCharge() {
    Map<String, Object> page = Api.as(rest, "reviewer").get("/api/directives").getBody();
    Map<String, Object> summary = rows(page, "content").stream()
        .filter(d -> DirectiveDemoData.TITLE.equals(d.get("title"))).findFirst().orElseThrow();
    assertThat(summary).containsEntry("assignedUnits", 30).containsEntry("issuerName", "Ban Thường vụ Huyện ủy");

    Map<String, Object> directive = Api.as(rest, "reviewer").get("/api/directives/" + summary.get("id")).getBody();
    assertThat(rows(directive, "tasks")).extracting(t -> t.get("section") + "." + t.get("ordinal"))
        .containsExactly("III.1", "III.2", "III.3", "III.4", "III.5", "III.6", "IV.1", "IV.2", "IV.3");
    assertThat(rows(directive, "tasks").get(5).get("units").toString())
        .contains("ban-tuyen-giao-huyen", "Ban Tuyên giáo Huyện ủy", "LEAD");
    assertThat(rows(directive, "tasks").get(3).get("units").toString()).contains("cong-an-huyen", "PARTICIPANT");
    List<Map<String, Object>> assignments = rows(directive, "assignments");
    assertThat(assignments).hasSize(30).noneMatch(a -> a.get("unitId").equals("ban-dan-van-huyen"));
    assertThat(assignment(assignments, "xa-xuan-hong").get("memberInCharge").toString())
        .contains("member1", "Đinh Văn Hùng");
    assertThat(assignment(assignments, "xa-xuan-tan").get("memberInCharge").toString()).contains("member2");
    assertThat(assignment(assignments, "ubnd-huyen").get("memberInCharge").toString()).contains("head");
    assertThat(assignment(assignments, "xa-xuan-hong").get("plan").toString()).contains("PENDING");
    assertThat(directive.get("reportRecipients").toString()).contains("ban-dan-van-tinh");

    List<Map<String, Object>> plans = Api.as(rest, "commune1").getList("/engine-rest/task?candidateGroup=xa-xuan-hong"
        + "&taskDefinitionKey=Task_SubmitPlan&processInstanceId=" + directive.get("processInstanceId")).getBody();
    assertThat(plans).singleElement().satisfies(task -> assertThat(task.get("due")).isNotNull());
  }

  @Test
  void aUnitSeesOnlyItsOwnAssignmentAndNotDirectivesThatDoNotConcernIt() {
    long id = issue("reviewer", List.of("xa-xuan-hong"), "Kế hoạch riêng cho Xuân Hồng");

    List<Map<String, Object>> seen = rows(Api.as(rest, "commune1").get("/api/directives/" + id).getBody(),
        "assignments");
    assertThat(seen).extracting(a -> a.get("unitId")).containsExactly("xa-xuan-hong");
    assertThat(Api.as(rest, "commune2").get("/api/directives/" + id).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rows(Api.as(rest, "commune2").get("/api/directives?size=200").getBody(), "content"))
        .noneMatch(d -> ((Number) d.get("id")).longValue() == id);
    assertThat(rows(Api.as(rest, "standing").get("/api/directives/" + id).getBody(), "assignments")).hasSize(1);
  }

  @Test
  void planSentAndAcceptedThroughEngineRestShowsInTheDirective() {
    long id = issue("reviewer", List.of("xa-xuan-hong", "xa-xuan-tan"), "Chương trình thử kế hoạch");
    String pi = (String) Api.as(rest, "reviewer").get("/api/directives/" + id).getBody().get("processInstanceId");

    String plan = taskOf("commune1", pi, "Task_SubmitPlan", "xa-xuan-hong");
    complete("commune1", plan, Map.of("planNumber", Map.of("value", "15-KH/ĐU"),
        "planSummary", Map.of("value", "Quán triệt đến 100% chi bộ")));
    String review = taskOf("reviewer", pi, "Task_ReviewPlan", "ban-dan-van-huyen");
    complete("reviewer", review, Map.of("planDecision", Map.of("value", "ACCEPT")));

    List<Map<String, Object>> assignments = rows(Api.as(rest, "reviewer").get("/api/directives/" + id).getBody(),
        "assignments");
    @SuppressWarnings("unchecked")
    Map<String, Object> accepted = (Map<String, Object>) assignment(assignments, "xa-xuan-hong").get("plan");
    assertThat(accepted).containsEntry("status", "ACCEPTED").containsEntry("number", "15-KH/ĐU")
        .containsEntry("late", false).containsKey("submittedAt").containsKey("acceptedAt");
    assertThat(assignment(assignments, "xa-xuan-tan").get("plan").toString()).contains("PENDING");
  }

  @Test
  void aRoundReportedByTheUnitIsConsolidatedSentAndItsDocumentDownloadable() throws IOException {
    long id = issue("reviewer", List.of("xa-xuan-hong"), "Chương trình thử báo cáo");
    String pi = (String) Api.as(rest, "reviewer").get("/api/directives/" + id).getBody().get("processInstanceId");
    // the annual round opens on 01/12 at 07:00, after NOW: an administrator fires its timer, as Cockpit would
    List<Map<String, Object>> timers = Api.as(rest, "admin")
        .getList("/engine-rest/job?activityId=Timer_RoundOpens&processInstanceId=" + pi).getBody();
    assertThat(timers).hasSize(1);
    assertThat(java.time.OffsetDateTime.parse((String) timers.get(0).get("dueDate"),
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant())
        .isEqualTo(VietnamClock.at("2026-12-01T07:00").toInstant());
    assertThat(Api.as(rest, "admin").post("/engine-rest/job/" + timers.get(0).get("id") + "/execute", null)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String report = taskOf("commune1", pi, "Task_SubmitReport", "xa-xuan-hong");
    complete("commune1", report, Map.of("results", Map.of("value", "Xây dựng 2 mô hình “Dân vận khéo” mới")));
    String consolidate = taskOf("reviewer", pi, "Task_ConsolidateReports", "ban-dan-van-huyen");
    Map<String, Object> form = Api.as(rest, "reviewer").get("/engine-rest/task/" + consolidate
        + "/form-variables?variableNames=reportsOnTime,reportPdfUrl,periodLabel").getBody();
    assertThat(form.toString()).contains("reportsOnTime", "value=1", "/api/reports/");
    complete("reviewer", consolidate, Map.of("documentNumber", Map.of("value", "45-BC/BDVHU"),
        "assessment", Map.of("value", "Các đơn vị triển khai nghiêm túc; cần nhân rộng mô hình ở Xuân Hồng.")));

    Map<String, Object> directive = Api.as(rest, "standing").get("/api/directives/" + id).getBody();
    assertThat(rows(directive, "consolidatedReports")).singleElement().satisfies(sent -> {
      assertThat(sent).containsEntry("documentNumber", "45-BC/BDVHU").containsEntry("signedBy", "reviewer")
          .containsEntry("recipients", "Ban Thường vụ Huyện ủy; Ban Dân vận Tỉnh ủy Nam Định");
      assertThat(sent.get("documentUrl")).isEqualTo("/api/directives/" + id + "/reports/" + sent.get("period")
          + "/document");
    });
    assertThat(rows(directive, "assignments").get(0).get("reports").toString()).contains("ON_TIME");
    String url = (String) rows(directive, "consolidatedReports").get(0).get("documentUrl");

    ResponseEntity<byte[]> pdf = rest.withBasicAuth("standing", Api.PASSWORD).getForEntity(url, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Số: 45-BC/BDVHU", "Phạm vi: Huyện Xuân Trường", "VIII. Nhận xét, đánh giá",
          "cần nhân rộng mô hình ở Xuân Hồng");
    }
    assertThat(Api.as(rest, "standing").get("/api/notifications?size=200").getBody().toString())
        .contains("Báo cáo số 45-BC/BDVHU", url);
  }

  @Test
  void onlyTheMassMobilisationBoardOrAnAdministratorIssuesDirectives() {
    for (String user : List.of("commune1", "standing")) {
      ResponseEntity<Map<String, Object>> refused = Api.as(rest, user).post("/api/directives",
          request(List.of("xa-xuan-hong"), "Không được ban hành"));
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getHeaders().getContentType()).matches(t -> t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
    Map<String, Object> byAdmin = request(List.of("xa-xuan-tan"), "Quản trị ban hành thay");
    byAdmin.put("coordinatorId", "ban-dan-van-huyen");
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "admin").post("/api/directives", byAdmin);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).hasToString("/api/directives/" + created.getBody().get("id"));
    assertThat(created.getBody()).containsKey("processInstanceId");
  }

  @Test
  void anInvalidDirectiveIsRefusedFieldByFieldAndAnUnknownUnitByName() {
    Map<String, Object> bad = request(List.of("xa-xuan-hong"), " ");
    bad.remove("planDue");
    bad.put("escalateAfter", "5 ngày");
    ResponseEntity<Map<String, Object>> answer = Api.as(rest, "reviewer").post("/api/directives", bad);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("type", "/problems/validation");
    assertThat(rows(answer.getBody(), "errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("title", "planDue", "escalateAfter");

    ResponseEntity<Map<String, Object>> unknown = Api.as(rest, "reviewer").post("/api/directives",
        request(List.of("xa-khong-co"), "Đơn vị không tồn tại"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody()).containsEntry("type", "/problems/unknown-unit");
    assertThat((String) unknown.getBody().get("detail")).contains("xa-khong-co");
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private long issue(String user, List<String> units, String title) {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, user).post("/api/directives", request(units, title));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private static Map<String, Object> request(List<String> units, String title) {
    int year = TODAY.getYear();
    Map<String, Object> request = new HashMap<>(Map.of(
        "issuerId", "ban-thuong-vu-huyen",
        "title", title,
        "planDue", TODAY.plusDays(30).toString(),
        "reportFromYear", year,
        "reportToYear", year,
        "reportRecipientIds", List.of("ban-thuong-vu-huyen", "ban-dan-van-tinh"),
        "tasks", List.of(Map.of("section", "IV", "ordinal", 1, "title", "Xây dựng kế hoạch thực hiện",
            "leadUnitIds", units, "participantUnitIds", List.of("ban-dan-van-huyen")))));
    return request;
  }

  /** As Tasklist does it: claim, then complete. */
  private void complete(String user, String taskId, Map<String, Object> variables) {
    assertThat(Api.as(rest, user).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(Api.as(rest, user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String taskOf(String user, String processInstanceId, String key, String group) {
    List<Map<String, Object>> tasks = Api.as(rest, user).getList("/engine-rest/task?processInstanceId="
        + processInstanceId + "&taskDefinitionKey=" + key + "&candidateGroup=" + group).getBody();
    assertThat(tasks).as(key).hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  private static Map<String, Object> assignment(List<Map<String, Object>> assignments, String unitId) {
    return assignments.stream().filter(a -> unitId.equals(a.get("unitId"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }
}
