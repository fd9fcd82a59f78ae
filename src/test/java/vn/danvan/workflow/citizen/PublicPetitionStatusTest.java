package vn.danvan.workflow.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.workflow.citizen.Citizen.petition;
import static vn.danvan.workflow.citizen.Citizen.trackingCode;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.petition.PetitionStatus;
import vn.danvan.workflow.petition.Petitions;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Tra cứu phản ánh, kiến nghị" without a login: a tracking code shows the kind, the day received, the stage and
 * the due date (dd/MM/yyyy), never who sent it or what they wrote; an unknown code is a readable 404; look-ups are
 * limited per client, so codes cannot be tried in bulk. The same for the JSON twin {@code /api/public/petitions/{code}}.
 */
class PublicPetitionStatusTest extends ServiceOnH2 {

  private static final AtomicInteger HOURS = new AtomicInteger();

  @LocalServerPort
  int port;
  @Autowired
  Petitions petitions;
  @Autowired
  CitizenSettings settings;

  Citizen citizen;
  String marker;

  @BeforeEach
  void aCitizen() {
    citizen = new Citizen(port, LocalDateTime.parse("2027-01-04T00:00"), HOURS).freshHour();
    marker = "dan-" + UUID.randomUUID();
  }

  @Test
  void theStatusShowsKindDatesAndStageAndNothingPersonal() {
    Map<String, String> sent = petition("TO_CAO", marker);
    String code = trackingCode(citizen.file(sent));
    PetitionStatus status = petitions.publicStatus(code).orElseThrow();

    HttpResponse<String> page = citizen.later(60).browser().get("/tra-cuu-phan-anh/" + code);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.body()).contains(code, "Tố cáo", "Ngày tiếp nhận", VietnamTime.format(status.receivedOn()),
        status.stage());
    if (status.dueDate() != null) {
      assertThat(page.body()).contains("Hạn giải quyết", VietnamTime.format(status.dueDate()));
    }
    assertThat(page.body()).as("nothing personal").doesNotContain(marker, "Nguyễn Văn Dân", "0912 345 678",
        "Xóm 3", "Đường liên xóm", "Đoạn đường");

    HttpResponse<String> json = api(code);
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("\"trackingCode\":\"" + code + "\"", "\"kind\":\"TO_CAO\"",
        "\"receivedOn\":\"" + status.receivedOn() + "\"", "\"settled\":false")
        .doesNotContain(marker, "Nguyễn Văn Dân", "0912 345 678", "Xóm 3", "Đường liên xóm");

    HttpResponse<String> typed = citizen.browser().get("/tra-cuu-phan-anh?ma=" + code + "%20");
    assertThat(typed.statusCode()).isEqualTo(302);
    assertThat(typed.headers().firstValue("Location").orElse("")).endsWith("/tra-cuu-phan-anh/" + code);
  }

  private HttpResponse<String> api(String code) {
    return citizen.browser().send(HttpRequest.newBuilder(citizen.browser().uri("/api/public/petitions/" + code))
        .header("Accept", "application/json").GET());
  }

  @Test
  void anUnknownCodeIsAReadable404() {
    HttpResponse<String> unknown = citizen.browser().get("/tra-cuu-phan-anh/KHONG-CO-MA-NAY");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Không tìm thấy hồ sơ", "lang=\"vi\"", "name=\"ma\"");

    HttpResponse<String> malformed = citizen.browser().get("/tra-cuu-phan-anh/%27%20or%201=1");
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(malformed.body()).contains("Không tìm thấy hồ sơ").doesNotContain("' or 1=1");

    HttpResponse<String> json = api("KHONG-CO-MA-NAY");
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(json.body()).contains("Không tìm thấy hồ sơ");
  }

  @Test
  void lookUpsAreLimitedPerClientSoCodesCannotBeTriedInBulk() {
    String code = trackingCode(citizen.file(petition("KIEN_NGHI", marker)));
    citizen.freshHour();
    for (int i = 0; i < settings.lookupsPerHour(); i++) {
      assertThat(citizen.browser().get("/tra-cuu-phan-anh/THU-" + i).statusCode()).isEqualTo(404);
    }

    HttpResponse<String> flood = citizen.later(30 * 60).browser().get("/tra-cuu-phan-anh/" + code);
    assertThat(flood.statusCode()).isEqualTo(429);
    assertThat(flood.headers().firstValue("Retry-After")).hasValue("3600");
    assertThat(flood.body()).contains("Quá nhiều yêu cầu").doesNotContain("Ngày tiếp nhận");
    HttpResponse<String> jsonFlood = api(code);
    assertThat(jsonFlood.statusCode()).as("the JSON twin counts in the same limit").isEqualTo(429);
    assertThat(jsonFlood.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

    assertThat(citizen.later(30 * 60 + 1).browser().get("/tra-cuu-phan-anh/" + code).statusCode()).isEqualTo(200);
  }
}
