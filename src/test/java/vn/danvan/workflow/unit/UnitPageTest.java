package vn.danvan.workflow.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Đơn vị" over plain HTTP: a commune's user reads their own unit and gets the 403 page for any change; the Ban Dân
 * vận of an area adds a unit (a wrong id is named beside its field), renames it, is told why a move or a close is
 * refused, closes it (greyed, last) and sets who is in charge; the change log shows it in Vietnamese.
 */
class UnitPageTest extends ServiceOnH2 {

  static final String PAGE = "/quan-tri/don-vi";

  @LocalServerPort
  int port;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void areaOfItsOwn() {
    UnitFixture.ensureArea(context);
  }

  @Test
  void aCommuneUserReadsTheirUnitAndGetsTheRefusalPageForAnyChange() {
    PortalSession commune = PortalSession.signedIn(port, "commune1");
    assertThat(commune.get("/").body()).doesNotContain("href=\"" + PAGE + "\"");
    HttpResponse<String> tree = commune.get(PAGE);
    assertThat(tree.statusCode()).isEqualTo(200);
    assertThat(tree.body()).contains("<h1 class=\"h3\">Đơn vị</h1>", "Xã Xuân Hồng", "Xã, phường, thị trấn")
        .doesNotContain("Huyện Xuân Trường", "Thêm đơn vị", UnitFixture.AREA_NAME);
    assertThat(commune.get(PAGE + "/xa-xuan-hong").body()).contains("Xã Xuân Hồng")
        .doesNotContain("Sửa tên, chuyển đơn vị", "Đóng đơn vị");
    assertThat(commune.get(PAGE + "/" + UnitFixture.AREA).statusCode()).as("another area is not there")
        .isEqualTo(404);

    HttpResponse<String> refused = commune.post(PAGE, form(UnitFixture.newId("thon"), "Thôn Hạ", "xa-xuan-hong"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Không có quyền");
    assertThat(commune.post(PAGE + "/xa-xuan-hong", Map.of("name", "Xã Đổi Tên")).statusCode()).isEqualTo(403);
    assertThat(commune.post(PAGE + "/xa-xuan-hong/dong", Map.of("closedOn", "2026-11-20")).statusCode())
        .isEqualTo(403);
    assertThat(commune.post(PAGE + "/xa-xuan-hong/phu-trach", Map.of("userId", "commune1", "title", "Ủy viên"))
        .statusCode()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select name from unit where id = 'xa-xuan-hong'", String.class))
        .isEqualTo("Xã Xuân Hồng");
  }

  @Test
  void theAreasBoardAddsRenamesClosesAndSetsWhoIsInCharge() {
    PortalSession board = PortalSession.signedIn(port, UnitFixture.MANAGER);
    assertThat(board.get("/").body()).as("the Ban Dân vận's menu item").contains("href=\"" + PAGE + "\"");
    HttpResponse<String> tree = board.get(PAGE);
    assertThat(tree.body()).contains(UnitFixture.AREA_NAME, UnitFixture.BOARD_NAME, "Thêm đơn vị", "name=\"_csrf\"",
        "<option value=\"" + UnitFixture.AREA + "\">" + UnitFixture.AREA_NAME + "</option>");

    HttpResponse<String> wrongId = board.post(PAGE, form("Xã Có Dấu", "Xã Có Dấu", UnitFixture.AREA));
    assertThat(wrongId.statusCode()).isEqualTo(200);
    assertThat(wrongId.body()).contains("id=\"id-error\">chỉ gồm chữ thường không dấu", "value=\"Xã Có Dấu\"");
    HttpResponse<String> outside = board.post(PAGE, form(UnitFixture.newId("xa"), "Xã Ngoài", "huyen-xuan-truong"));
    assertThat(outside.statusCode()).as("outside its area").isEqualTo(403);

    String district = UnitFixture.newId("huyen-trang");
    String commune = UnitFixture.newId("xa-trang");
    HttpResponse<String> added = board.post(PAGE, form(district, "Huyện Trang", UnitFixture.AREA));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(PAGE + "/" + district);
    board.get(PAGE);
    assertThat(board.post(PAGE, form(commune, "Xã Trang", district)).statusCode()).isEqualTo(302);
    String page = board.get(PAGE + "/" + commune).body();
    assertThat(page).contains("Đã lưu đơn vị &quot;Xã Trang&quot;.", "Huyện Trang", "Sửa tên, chuyển đơn vị",
        "Người phụ trách", "Đóng đơn vị", "hx-post=\"" + PAGE + "/" + commune + "\"", "value=\"2026-11-20\"");

    assertThat(board.post(PAGE + "/" + commune, change("Xã Trang Mới", district)).statusCode()).isEqualTo(302);
    assertThat(jdbc.queryForObject("select name from unit where id = ?", String.class, commune))
        .isEqualTo("Xã Trang Mới");
    board.get(PAGE + "/" + district);
    HttpResponse<String> cycle = board.post(PAGE + "/" + district, change("Huyện Trang", commune));
    assertThat(cycle.statusCode()).isEqualTo(200);
    assertThat(cycle.body()).contains("id=\"parentId-error\">Không chuyển được đơn vị " + district);
    HttpResponse<String> blocked = board.post(PAGE + "/" + district + "/dong", Map.of("closedOn", "2026-11-20"));
    assertThat(blocked.statusCode()).isEqualTo(200);
    assertThat(blocked.body()).contains("Chưa đóng được Huyện Trang: còn 1 đơn vị trực thuộc đang hoạt động "
        + "(Xã Trang Mới)");
    assertThat(jdbc.queryForObject("select closed_on from unit where id = ?", String.class, district)).isNull();

    board.get(PAGE + "/" + commune);
    HttpResponse<String> inCharge = board.post(PAGE + "/" + commune + "/phu-trach",
        Map.of("userId", UnitFixture.MANAGER, "fullName", "", "title", "Ủy viên BCH phụ trách xã"));
    assertThat(inCharge.statusCode()).isEqualTo(302);
    assertThat(board.get(PAGE + "/" + commune).body()).contains("Đã lưu người phụ trách.",
        "Lương Thị Quản lý (Ủy viên BCH phụ trách xã)");
    assertThat(board.post(PAGE + "/" + commune + "/dong", Map.of("closedOn", "2026-11-20")).statusCode())
        .isEqualTo(302);
    assertThat(board.get(PAGE + "/" + commune).body()).contains("Đã đóng đơn vị &quot;Xã Trang Mới&quot;.",
        "Đã đóng từ 20/11/2026").doesNotContain("Sửa tên, chuyển đơn vị");
    String districtPage = board.get(PAGE + "/" + district).body();
    assertThat(districtPage).contains("unit-node unit-closed").doesNotContain("Chưa đóng được");

    PortalSession admin = PortalSession.signedIn(port, "admin");
    assertThat(admin.get("/").body()).contains("href=\"" + PAGE + "\"");
    String log = admin.get("/quan-tri/nhat-ky-thay-doi").body();
    int closing = log.indexOf("đơn vị mã " + commune + "<");
    assertThat(closing).as("newest first: the closing").isPositive();
    assertThat(log.substring(closing)).contains("<td data-label=\"Thông tin\">Đóng từ ngày</td>",
        "<td data-label=\"Sau\">20/11/2026</td>", "<td data-label=\"Sau\">Lương Thị Quản lý</td>",
        "<td data-label=\"Trước\">Xã Trang</td>", "<td data-label=\"Sau\">Xã Trang Mới</td>",
        "<td data-label=\"Sau\">Xã, phường, thị trấn</td>");
  }

  private static Map<String, String> form(String id, String name, String parentId) {
    Map<String, String> form = new HashMap<>();
    form.put("id", id);
    form.put("name", name);
    form.put("kind", "COMMUNE");
    form.put("parentId", parentId);
    form.put("overseesId", "");
    form.put("registrationReviewerId", UnitFixture.BOARD);
    return form;
  }

  private static Map<String, String> change(String name, String parentId) {
    return Map.of("name", name, "parentId", parentId, "overseesId", "", "registrationReviewerId", UnitFixture.BOARD);
  }
}
