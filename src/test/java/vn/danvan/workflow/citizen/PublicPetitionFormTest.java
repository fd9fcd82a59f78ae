package vn.danvan.workflow.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.workflow.citizen.Citizen.petition;
import static vn.danvan.workflow.citizen.Citizen.storedAnywhere;
import static vn.danvan.workflow.citizen.Citizen.trackingCode;
import static vn.danvan.workflow.citizen.Citizen.with;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.petition.PetitionKind;
import vn.danvan.workflow.petition.PetitionStatus;
import vn.danvan.workflow.petition.Petitions;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Gửi phản ánh, kiến nghị" over plain HTTP, without a login: a citizen files and gets a tracking code; the spam
 * guards (honeypot, signed minimum and maximum fill time, one petition per form, size limits, a flood) answer 4xx
 * with a readable page and store nothing; a script typed into the form is kept as text and shown escaped.
 */
class PublicPetitionFormTest extends ServiceOnH2 {

  private static final AtomicInteger HOURS = new AtomicInteger();

  @LocalServerPort
  int port;
  @Autowired
  Petitions petitions;
  @Autowired
  CitizenSettings settings;
  @Autowired
  JdbcTemplate jdbc;

  Citizen citizen;
  String marker;

  @BeforeEach
  void aCitizen() {
    citizen = new Citizen(port, LocalDateTime.parse("2026-12-01T00:00"), HOURS).freshHour();
    marker = "dan-" + UUID.randomUUID();
  }

  @Test
  void aCitizenFilesWithoutALoginAndGetsATrackingCodeToKeep() {
    HttpResponse<String> form = citizen.openForm();
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Gửi phản ánh, kiến nghị", "Kiến nghị", "Phản ánh", "Khiếu nại", "Tố cáo",
        "Danh tính người tố cáo được giữ bí mật", "<option value=\"xa-xuan-bac\">Xã Xuân Bắc</option>",
        "name=\"_csrf\"", "name=\"website\"")
        .doesNotContain("<option value=\"ban-dan-van-huyen\"", "<script>"); // a party body does not take petitions
    assertThat(citizen.stamp()).isNotBlank();
    assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(form.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");

    citizen.later(20);
    HttpResponse<String> filed = citizen.send(petition("KIEN_NGHI", marker));

    assertThat(filed.statusCode()).isEqualTo(200);
    String code = trackingCode(filed);
    assertThat(code).isNotBlank();
    assertThat(filed.body()).contains("Hãy ghi lại", "Xã Xuân Bắc", "Đường liên xóm ngập nước " + marker,
        "/tra-cuu-phan-anh/" + code);
    assertThat(petitions.publicStatus(code)).map(PetitionStatus::kind).hasValue(PetitionKind.KIEN_NGHI);
    // the search the refusals rely on ("stored nowhere") finds what a filing stores
    List<String> stored = Citizen.storedAnywhere(jdbc, marker);
    assertThat(stored).as("where the filed petition's text is kept").isNotEmpty();

    HttpResponse<String> reloaded = citizen.later(5).send(petition("KIEN_NGHI", marker));
    assertThat(reloaded.statusCode()).as("the same form sent again files nothing").isEqualTo(400);
    assertThat(trackingCode(reloaded)).isNull();
    assertThat(reloaded.body()).contains("Đơn này đã được gửi rồi");
    assertThat(jdbc.queryForObject("select count(*) from petition where subject like ?", Integer.class,
        "%" + marker + "%")).as("one petition for the form sent twice").isEqualTo(1);
  }

  @Test
  void everyRefusedFormIsA4xxPageAndStoresNothing() {
    Map<String, String> sent = petition("TO_CAO", marker);

    citizen.openForm();
    citizen.later(20);
    HttpResponse<String> robot = citizen.send(with(sent, "website", "http://spam.example"));
    assertRefused(robot, 400, "Không nhận được đơn");

    citizen.freshHour().openForm();
    HttpResponse<String> tooFast = citizen.later(2).send(sent);
    assertRefused(tooFast, 400, "quá nhanh");
    assertThat(tooFast.body()).as("the citizen's text is kept").contains("value=\"Nguyễn Văn Dân " + marker + "\"");

    citizen.freshHour().openForm();
    HttpResponse<String> stale = citizen.later(13 * 3600).send(sent);
    assertRefused(stale, 400, "Trang đã mở quá lâu");

    citizen.freshHour().openForm();
    String[] parts = citizen.stamp().split("\\.");
    long earlier = Long.parseLong(parts[0]) - 60;
    HttpResponse<String> forged = citizen.later(20).send(with(sent, "stamp", earlier + "." + parts[1] + "." + parts[2]));
    assertRefused(forged, 400, "Không gửi được đơn từ trang này");

    citizen.freshHour().openForm();
    HttpResponse<String> tooLong = citizen.later(20).send(with(sent, "content", "x".repeat(PetitionForm.CONTENT_MAX + 1)));
    assertRefused(tooLong, 400, "Dài quá 10.000 ký tự");

    citizen.freshHour().openForm();
    HttpResponse<String> noAddress = citizen.later(20).send(with(sent, "address", " "));
    assertRefused(noAddress, 400, "Không được để trống");

    citizen.freshHour().openForm();
    HttpResponse<String> elsewhere = citizen.later(20).send(with(sent, "unitId", "ban-dan-van-huyen"));
    assertRefused(elsewhere, 400, "Hãy chọn xã, thị trấn hoặc cơ quan nhận đơn");

    citizen.freshHour().openForm();
    HttpResponse<String> oversized = citizen.later(20)
        .send(with(sent, "content", "Đ".repeat((int) settings.maxBody().toBytes() / 4)));
    assertRefused(oversized, 413, "Nội dung quá lớn");

    citizen.freshHour().openForm();
    HttpResponse<String> forgedSite = citizen.later(20).send(with(sent, "_csrf", "not-the-token"));
    assertRefused(forgedSite, 403, "Phiên làm việc đã hết hạn");
    assertThat(forgedSite.body()).as("the citizen's text is kept").contains("value=\"Nguyễn Văn Dân " + marker + "\"");
    assertThat(citizen.browser().post("/phan-anh-kien-nghi/het-han", sent).statusCode())
        .as("reached only through the security filters: a direct request is sent to the login").isEqualTo(302);

    assertThat(storedAnywhere(jdbc, "Xã Xuân Bắc")).as("the search finds what is stored").isNotEmpty();
    assertThat(storedAnywhere(jdbc, marker)).as("no refused form stored anything").isEmpty();
  }

  @Test
  void aScriptTypedIntoTheFormIsKeptAsTextAndShownEscaped() {
    String script = "<script>alert('" + marker + "')</script>";
    Map<String, String> sent = with(with(petition("PHAN_ANH", marker), "subject", script + " ngập"), "content",
        "<img src=x onerror=alert(1)> " + script);

    citizen.openForm();
    HttpResponse<String> incomplete = citizen.later(20).send(with(sent, "name", ""));
    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).doesNotContain("<script>alert", "<img src=x")
        .contains("&lt;script&gt;alert(&#39;" + marker + "&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");

    HttpResponse<String> filed = citizen.later(20).send(sent);
    assertThat(filed.statusCode()).isEqualTo(200);
    assertThat(trackingCode(filed)).isNotBlank();
    assertThat(filed.body()).doesNotContain("<script>alert")
        .contains("id=\"filed-subject\">&lt;script&gt;alert(&#39;" + marker + "&#39;)&lt;/script&gt; ngập</dd>");
  }

  @Test
  void aFloodIsRefusedWith429AndStoresNothingUntilTheHourHasPassed() {
    citizen.openForm();
    citizen.later(20);
    for (int i = 0; i < settings.filingsPerHour(); i++) {
      assertThat(citizen.send(with(petition("PHAN_ANH", marker), "website", "x")).statusCode()).isEqualTo(400);
    }
    citizen.later(50 * 60);
    HttpResponse<String> flood = citizen.send(petition("PHAN_ANH", marker));

    assertRefused(flood, 429, "Quá nhiều yêu cầu");
    assertThat(flood.headers().firstValue("Retry-After")).hasValue("3600");
    assertThat(storedAnywhere(jdbc, marker)).isEmpty();

    HttpResponse<String> anHourLater = citizen.later(10 * 60 + 1).send(petition("PHAN_ANH", marker));
    assertThat(anHourLater.statusCode()).isEqualTo(200);
    assertThat(petitions.publicStatus(trackingCode(anHourLater))).isPresent();
  }

  private static void assertRefused(HttpResponse<String> answer, int status, String readable) {
    assertThat(answer.statusCode()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(answer.body()).contains(readable, "lang=\"vi\"");
    assertThat(trackingCode(answer)).isNull();
  }
}
