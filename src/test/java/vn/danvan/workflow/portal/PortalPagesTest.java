package vn.danvan.workflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.notification.Notification;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.NotificationRepository;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * Each portal page applies the API's rules: login required, another unit's model (and its files and tasks) is 404,
 * a notification is read only by its recipients, forms need their CSRF token, user data is escaped, uploads are
 * checked on their bytes and never served as a page.
 */
class PortalPagesTest extends ServiceOnH2 {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  static final String XSS = "<script>alert(1)</script>";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ModelRepository models;
  @Autowired
  NotificationRepository notifications;

  static Map<String, String> formOf(Map<String, Object> registration) {
    Map<String, String> form = new HashMap<>();
    registration.forEach((k, v) -> form.put(k, String.valueOf(v)));
    return form;
  }

  @Test
  void everyPageNeedsALogin() {
    PortalSession anonymous = new PortalSession(port);
    for (String path : List.of("/", "/thong-bao", "/mo-hinh/dang-ky", "/mo-hinh/1", "/viec/1", "/minh-chung/1")) {
      HttpResponse<String> page = anonymous.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(302);
      assertThat(page.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/dang-nhap");
    }
  }

  @Test
  void theRegistrationFormShowsEachRefusalBesideItsFieldAndRegistersNothing() {
    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    HttpResponse<String> form = commune1.get("/mo-hinh/dang-ky");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Thực trạng và lý do xây dựng", "Lực lượng tham gia", "Tệp minh chứng",
        "for=\"situation\"", "Xã Xuân Hồng");
    long before = models.count();

    Map<String, String> half = formOf(Api.registration("xa-xuan-hong", "Mô hình thiếu nội dung"));
    half.put("situation", "");
    half.put("year", "1999");
    HttpResponse<String> refused = commune1.postMultipart("/mo-hinh/dang-ky", half, List.of(), false);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Có 2 mục cần sửa", "id=\"situation-error\">không được để trống<",
        "id=\"year-error\">phải lớn hơn hoặc bằng", "Mô hình thiếu nội dung");
    assertThat(models.count()).isEqualTo(before);
  }

  @Test
  void aRefusedFileRegistersNothingAndAnotherUnitsMemberCannotRegister() {
    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    commune1.get("/mo-hinh/dang-ky");
    long before = models.count();
    HttpResponse<String> html = commune1.postMultipart("/mo-hinh/dang-ky",
        formOf(Api.registration("xa-xuan-hong", "Mô hình kèm tệp giả")),
        List.of(Map.entry("files", Map.entry("bien-ban.pdf", "<html><script>alert(1)</script>".getBytes()))), false);
    assertThat(html.body()).contains("bien-ban.pdf: Chỉ nhận tệp PDF");
    assertThat(models.count()).isEqualTo(before);

    HttpResponse<String> otherUnit = commune1.postMultipart("/mo-hinh/dang-ky",
        formOf(Api.registration("xa-xuan-tan", "Mô hình của xã khác")), List.of(), false);
    assertThat(otherUnit.body()).contains("id=\"unitId-error\">Bạn không thuộc đơn vị Xã Xuân Tân");
    assertThat(models.count()).isEqualTo(before);
  }

  @Test
  void aRegistrationWithFilesLeadsToItsModelPageWhichAnotherUnitCannotSee() {
    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    commune1.get("/mo-hinh/dang-ky");
    HttpResponse<String> saved = commune1.postMultipart("/mo-hinh/dang-ky",
        formOf(Api.registration("xa-xuan-hong", "Mô hình có biên bản")),
        List.of(Map.entry("files", Map.entry("bien-ban.pdf", PDF)),
            Map.entry("files", Map.entry("danh-sach.pdf", PDF))), false);
    assertThat(saved.statusCode()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/mo-hinh/\\d+");
    String path = location.substring(location.indexOf("/mo-hinh/"));

    HttpResponse<String> page = commune1.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Mô hình có biên bản", "Chờ thẩm định", "Đã gửi đăng ký", "bien-ban.pdf",
        "danh-sach.pdf", "Thẩm định hồ sơ đăng ký", "data-clear-draft=\"dang-ky-mo-hinh\"");
    String fileLink = page.body().replaceAll("(?s).*href=\"(/minh-chung/\\d+)\".*", "$1");
    HttpResponse<String> download = commune1.get(fileLink);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    assertThat(download.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");

    PortalSession commune2 = PortalSession.signedIn(port, "commune2");
    HttpResponse<String> hidden = commune2.get(path);
    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.body()).contains("Không tìm thấy trang").doesNotContain("Mô hình có biên bản");
    assertThat(commune2.get(fileLink).statusCode()).isEqualTo(404);
    HttpResponse<String> addToOthers = commune2.postMultipart(path + "/minh-chung", Map.of(),
        List.of(Map.entry("files", Map.entry("x.pdf", PDF))), true);
    assertThat(addToOthers.statusCode()).isEqualTo(404);

    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    assertThat(reviewer.get(path).body()).contains("Mô hình có biên bản");
    String taskLink = reviewer.get(path).body().replaceAll("(?s).*href=\"(/viec/[^\"]+)\".*", "$1");
    assertThat(reviewer.get(taskLink).body()).contains("Thẩm định hồ sơ đăng ký", "Nhận việc");
    assertThat(commune2.get(taskLink).statusCode()).isEqualTo(404);
  }

  @Test
  void userDataIsEscapedOnEveryPage() {
    Map<String, Object> registration = Api.registration("xa-xuan-hong", XSS);
    registration.put("situation", XSS);
    long id = ((Number) Api.as(rest, "commune1").post("/api/models", registration).getBody().get("id")).longValue();
    notifications.save(new Notification("commune1", null, NotificationKind.REMINDER, null, id, XSS, ClockUtil.getCurrentTime().toInstant()));

    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    for (String path : List.of("/mo-hinh/" + id, "/thong-bao", "/")) {
      String body = commune1.get(path).body();
      assertThat(body).as(path).doesNotContain(XSS).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
  }

  @Test
  void notificationsAreReadAndMarkedOnlyByTheirRecipients() {
    Notification mine = notifications.save(new Notification("commune1", null, NotificationKind.BEFORE_DUE, null, null,
        "Việc sắp đến hạn: nộp báo cáo quý", ClockUtil.getCurrentTime().toInstant()));
    PortalSession commune2 = PortalSession.signedIn(port, "commune2");
    assertThat(commune2.get("/thong-bao").body()).doesNotContain("nộp báo cáo quý");
    commune2.get("/thong-bao");
    assertThat(commune2.post("/thong-bao/" + mine.getId() + "/da-doc", Map.of()).statusCode()).isEqualTo(404);

    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    HttpResponse<String> list = commune1.get("/thong-bao");
    assertThat(list.body()).contains("nộp báo cáo quý", "Sắp đến hạn", "Đánh dấu đã đọc", "id=\"unread-badge\"");
    HttpResponse<String> forged = commune1.postRaw("/thong-bao/" + mine.getId() + "/da-doc", Map.of());
    assertThat(forged.statusCode()).isEqualTo(403);
    HttpResponse<String> fragment = commune1.send(HttpRequest.newBuilder(
            commune1.uri("/thong-bao/" + mine.getId() + "/da-doc"))
        .header("HX-Request", "true").header("X-CSRF-TOKEN", commune1.csrf())
        .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(fragment.statusCode()).isEqualTo(200);
    assertThat(fragment.body()).startsWith("<li").contains("nộp báo cáo quý", "đã đọc").doesNotContain("<html");
    assertThat(notifications.findById(mine.getId()).orElseThrow().getReadAt()).isNotNull();
  }
}
