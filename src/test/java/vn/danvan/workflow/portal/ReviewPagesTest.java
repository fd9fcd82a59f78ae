package vn.danvan.workflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * What the reviewers' browser journey found, over plain HTTP: the task list is searched by a model's name (the
 * words as typed, a '%' or '_' meaning themselves), the search is kept across the views and pages, a required
 * choice of radios is a radiogroup (the role that may be required), and the form is redrawn only for the fields its
 * conditions read.
 */
class ReviewPagesTest extends ServiceOnH2 {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;

  @SuppressWarnings("unchecked")
  private String reviewTask(String name) {
    Object id = Api.as(rest, "commune1").post("/api/models", Api.registration("xa-xuan-hong", name)).getBody()
        .get("id");
    List<Map<String, Object>> rows = (List<Map<String, Object>>) Api.as(rest, "reviewer")
        .get("/api/tasks?modelId=" + id).getBody().get("content");
    return (String) rows.get(0).get("id");
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theTaskListIsSearchedByTheModelsNameAsTyped() {
    String task = reviewTask("Quỹ khuyến học 100%_thôn Đông");
    String other = reviewTask("Quỹ khuyến học 1000 thôn Đông");
    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");

    HttpResponse<String> found = reviewer.get("/cong-viec?view=unit&q=" + q("QUỸ KHUYẾN HỌC 100%_"));
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).contains("href=\"/viec/" + task + "\"", "1 việc", "value=\"QUỸ KHUYẾN HỌC 100%_\"")
        .doesNotContain("/viec/" + other);
    // the other views keep the search
    assertThat(found.body()).containsPattern("href=\"/cong-viec\\?view=mine[^\"]*q=QU%E1%BB%B8[^\"]*100%25_&");

    assertThat(reviewer.get("/cong-viec?view=unit&q=" + q("khuyến học 1000")).body())
        .contains("href=\"/viec/" + other + "\"").doesNotContain("/viec/" + task);
    assertThat(reviewer.get("/cong-viec?view=unit&q=" + q("không có mô hình này")).body())
        .contains("Không có việc nào.");
  }

  @Test
  void aRequiredChoiceOfRadiosIsARadiogroupAndOnlyWhatTheConditionsReadRedrawsTheForm() {
    String task = reviewTask("Mô hình có nhóm lựa chọn");
    String html = PortalSession.signedIn(port, "reviewer").get("/viec/" + task).body();
    assertThat(html).containsPattern("<fieldset[^>]*id=\"f-decision\"[^>]*role=\"radiogroup\"[^>]*aria-required=\"true\"")
        .doesNotContainPattern("<fieldset[^>]*id=\"f-missingItems\"[^>]*role=\"radiogroup\"");
    // the decision and the returned text are read by conditions; typing a comment redraws nothing
    assertThat(html).containsPattern("id=\"task-form-fields\"[^>]*hx-trigger=\"redraw\"")
        .containsPattern("data-redraw-on=\"(decision missingText|missingText decision)\"");
  }
}
