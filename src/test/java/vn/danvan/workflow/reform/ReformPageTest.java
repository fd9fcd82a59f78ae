package vn.danvan.workflow.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Sắp xếp đơn vị hành chính" over plain HTTP: anyone but an administrator gets the 403 page and no menu item; the
 * demo plan fills the form without applying anything; a merger of the test's own communes is previewed (nothing
 * changed), refused without the confirmation box, then executed; a plan with a mistake gets a readable message.
 */
class ReformPageTest extends ServiceOnH2 {

  static final String PAGE = "/quan-tri/sap-xep-don-vi";

  @LocalServerPort
  int port;
  @Autowired
  ApplicationContext context;
  @Autowired
  UnitRepository units;

  @Test
  void anyoneButAnAdministratorGetsTheRefusalPageAndNoMenuItem() {
    for (String user : List.of("reviewer", "commune1")) {
      PortalSession session = PortalSession.signedIn(port, user);
      assertThat(session.get("/").body()).as(user).doesNotContain("href=\"" + PAGE + "\"");
      HttpResponse<String> refused = session.get(PAGE);
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(refused.body()).contains("Không có quyền").doesNotContain("Xem trước (chạy thử)");
      assertThat(session.post(PAGE, Map.of("effectiveOn", "2026-11-20", "dissolvedDistrictId", "huyen-xuan-truong",
          "hanh-dong", "thuc-hien", "da-xem", "true")).statusCode()).as(user).isEqualTo(403);
    }
    assertThat(units.findById("huyen-xuan-truong").orElseThrow().isClosed()).isFalse();
    assertThat(PortalSession.signedIn(port, "admin").get("/").body())
        .contains("href=\"" + PAGE + "\"", "Sắp xếp đơn vị hành chính");
  }

  @Test
  void theDemoPlanFillsTheFormAndAppliesNothing() {
    PortalSession admin = PortalSession.signedIn(port, "admin");
    HttpResponse<String> page = admin.get(PAGE + "?mau=xuan-truong-2025");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1 class=\"h3\">Sắp xếp đơn vị hành chính</h1>", "minh họa",
        "value=\"Xã Xuân Giang\"", "value=\"2025-07-01\"", "name=\"mergers[3].intoUnitId\"",
        "Xem trước (chạy thử)", "name=\"_csrf\"");
    assertThat(page.body()).containsPattern("<option value=\"huyen-xuan-truong\"\\s+selected");
    assertThat(page.body()).contains("Hợp nhất tỉnh", "value=\"Tỉnh Ninh Bình\"")
        .containsPattern("<option value=\"tinh-nam-dinh\"\\s+selected");
    assertThat(units.existsById("xa-xuan-giang")).isFalse();
    assertThat(units.findById("xa-xuan-tan").orElseThrow().isClosed()).isFalse();
  }

  @Test
  void anAdministratorPreviewsConfirmsAndExecutesAMerger() {
    ReformFixture f = ReformFixture.build(context, "p");
    ReformFixture.approved(context, f.b, "2026-10-01T09:00");
    PortalSession admin = PortalSession.signedIn(port, "admin");
    assertThat(admin.get(PAGE).statusCode()).isEqualTo(200);
    Map<String, String> form = new LinkedHashMap<>(Map.of("effectiveOn", "2026-11-20",
        "mergers[0].sourceIds[0]", f.a, "mergers[0].sourceIds[1]", f.b, "mergers[0].intoUnitId", f.a,
        "hanh-dong", "xem-truoc"));

    HttpResponse<String> preview = admin.post(PAGE, form);
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).contains("Kết quả chạy thử", "Giải thể " + f.name(f.b) + ", chuyển cho " + f.name(f.a),
        "Mô hình, điển hình</span>: <strong>1</strong>", "Thành viên thêm vào đơn vị mới</span>: <strong>1</strong>",
        "Thực hiện sắp xếp");
    assertThat(units.findById(f.b).orElseThrow().isClosed()).isFalse();

    form.put("hanh-dong", "thuc-hien");
    HttpResponse<String> unconfirmed = admin.post(PAGE, form);
    assertThat(unconfirmed.body()).contains("Hãy đánh dấu ô xác nhận trước khi thực hiện.");
    assertThat(units.findById(f.b).orElseThrow().isClosed()).isFalse();

    form.put("da-xem", "true");
    HttpResponse<String> done = admin.post(PAGE, form);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Đã sắp xếp xong", "Những gì đã thay đổi", "Xem nhật ký thay đổi");
    Unit closed = units.findById(f.b).orElseThrow();
    assertThat(closed.isClosed()).isTrue();
    assertThat(closed.getSuccessorId()).isEqualTo(f.a);
    assertThat(units.findById(f.a).orElseThrow().isClosed()).isFalse();
    assertThat(admin.get("/quan-tri/nhat-ky-thay-doi").body()).contains("sắp xếp đơn vị hành chính");
  }

  @Test
  void aProvinceMergerIsPreviewedOnThePage() {
    ReformFixture f = ReformFixture.build(context, "q");
    PortalSession admin = PortalSession.signedIn(port, "admin");
    admin.get(PAGE);
    HttpResponse<String> preview = admin.post(PAGE, Map.of("effectiveOn", "2026-11-20",
        "provinceSourceIds", f.province, "provinceNewUnitName", "Tỉnh thử q mới", "hanh-dong", "xem-truoc"));
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).contains("Kết quả chạy thử", "Thành lập Tỉnh thử q mới<",
        "Chuyển Huyện thử q sang trực thuộc Tỉnh thử q mới", "Giải thể Tỉnh thử q, chuyển cho Tỉnh thử q mới");
    assertThat(units.existsById("tinh-thu-q-moi")).isFalse();
    assertThat(units.findById(f.province).orElseThrow().isClosed()).isFalse();
  }

  @Test
  void aPlanWithAMistakeGetsAReadableMessage() {
    PortalSession admin = PortalSession.signedIn(port, "admin");
    admin.get(PAGE);
    assertThat(admin.post(PAGE, Map.of("dissolvedDistrictId", "huyen-xuan-truong", "hanh-dong", "xem-truoc")).body())
        .contains("Hãy nhập ngày hiệu lực");
    HttpResponse<String> unnamed = admin.post(PAGE, Map.of("effectiveOn", "2026-11-20",
        "mergers[0].sourceIds[0]", "xa-xuan-tan", "hanh-dong", "xem-truoc"));
    assertThat(unnamed.statusCode()).isEqualTo(200);
    assertThat(unnamed.body()).contains("Phương án chưa thực hiện được", "Hãy nhập tên xã mới")
        .doesNotContain("Kết quả chạy thử");
  }
}
