package vn.danvan.workflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.workflow.people.PeopleFixture.MANAGER_A;
import static vn.danvan.workflow.people.PeopleFixture.MANAGER_B;
import static vn.danvan.workflow.people.PeopleFixture.MEMBER_A;
import static vn.danvan.workflow.people.PeopleFixture.UNIT_A;
import static vn.danvan.workflow.people.PeopleFixture.UNIT_A_NAME;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Thành viên đơn vị" over plain HTTP: the menu item for managers and administrators only; a commune's manager
 * adds, creates (each refusal beside its field, nothing saved) and removes after a confirmation, in their own
 * unit only; an administrator also appoints managers, resets a password and deactivates after ticking the
 * confirmation; every form needs its CSRF token.
 */
class MembersPageTest extends ServiceOnH2 {

  static final String PAGE = "/don-vi/" + UNIT_A + "/thanh-vien";

  @LocalServerPort
  int port;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identity;

  @BeforeEach
  void peopleOfTheirOwn() {
    PeopleFixture.ensure(context);
  }

  @Test
  void onlyTheUnitsManagersAndAdministratorsSeeTheMenuAndThePage() {
    PortalSession manager = PortalSession.signedIn(port, MANAGER_A);
    assertThat(manager.get("/").body()).contains("href=\"/don-vi/thanh-vien\"", "Thành viên đơn vị");
    HttpResponse<String> mine = manager.get("/don-vi/thanh-vien");
    assertThat(mine.statusCode()).as("one unit: straight to it").isEqualTo(302);
    assertThat(mine.headers().firstValue("Location").orElseThrow()).endsWith(PAGE);
    assertThat(PortalSession.signedIn(port, "admin").get("/don-vi/thanh-vien").body())
        .contains("href=\"" + PAGE + "\"", UNIT_A_NAME);

    PortalSession member = PortalSession.signedIn(port, MEMBER_A);
    assertThat(member.get("/").body()).doesNotContain("href=\"/don-vi/thanh-vien\"");
    assertThat(member.get("/don-vi/thanh-vien").statusCode()).isEqualTo(403);
    for (PortalSession refused : new PortalSession[] {member, PortalSession.signedIn(port, MANAGER_B)}) {
      HttpResponse<String> page = refused.get(PAGE);
      assertThat(page.statusCode()).isEqualTo(403);
      assertThat(page.body()).contains("Không có quyền").doesNotContain(MEMBER_A + "@");
      assertThat(refused.post(PAGE, Map.of("userId", MANAGER_B)).statusCode()).isEqualTo(403);
      assertThat(refused.post(PAGE + "/" + MEMBER_A + "/xoa", Map.of()).statusCode()).isEqualTo(403);
    }
    assertThat(identity.createUserQuery().userId(MANAGER_B).memberOfGroup(UNIT_A).count()).isZero();
    assertThat(identity.createUserQuery().userId(MEMBER_A).memberOfGroup(UNIT_A).count()).isOne();
  }

  @Test
  void aManagerAddsCreatesAndRemovesMembersOfTheirUnit() {
    PortalSession manager = PortalSession.signedIn(port, MANAGER_A);
    HttpResponse<String> list = manager.get(PAGE);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("<h1 class=\"h3\">Thành viên đơn vị: " + UNIT_A_NAME + "</h1>", "Quản Lý Xã A",
        MANAGER_A + "@thanhvien.test.danvan.vn", "Thành Viên Xã A", ">Có</td>", ">Không</td>",
        "Thêm người đã có tài khoản", "Tạo tài khoản mới", "name=\"_csrf\"")
        .as("administrators only").doesNotContain("Giao quản lý", "/tai-khoan");

    HttpResponse<String> unknown = manager.post(PAGE, Map.of("userId", "tv-khong-co"));
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).contains("id=\"userId-error\">Không tìm thấy người dùng mã tv-khong-co");

    String id = PeopleFixture.newId("tv-trang");
    Map<String, String> person = person(id);
    person.put("password", "ngan");
    HttpResponse<String> tooShort = manager.post(PAGE + "/moi", person);
    assertThat(tooShort.statusCode()).isEqualTo(200);
    assertThat(tooShort.body()).contains("id=\"password-error\">độ dài phải từ 10 đến 128 ký tự</div>",
        "value=\"" + id + "\"");
    person.put("password", "Mat-khau-dau-2026");
    person.put("userId", "Có Dấu");
    assertThat(manager.post(PAGE + "/moi", person).body()).contains("id=\"newUserId-error\">chỉ gồm chữ thường");
    person.put("userId", MEMBER_A);
    assertThat(manager.post(PAGE + "/moi", person).body()).contains("Tên đăng nhập " + MEMBER_A + " đã được dùng")
        .doesNotContain("Mat-khau-dau-2026");
    assertThat(identity.createUserQuery().userId(id).count()).as("nothing saved").isZero();

    person.put("userId", id);
    HttpResponse<String> created = manager.post(PAGE + "/moi", person);
    assertThat(created.statusCode()).isEqualTo(302);
    assertThat(manager.get(PAGE).body()).contains("Đã tạo tài khoản cho Hoàng Thị Trang và thêm vào đơn vị.",
        id + "@thanhvien.test.danvan.vn");

    String confirm = manager.get(PAGE + "/" + id + "/xoa").body();
    assertThat(confirm).contains("Xóa Hoàng Thị Trang (" + id + ") khỏi " + UNIT_A_NAME + "?");
    assertThat(identity.createUserQuery().userId(id).memberOfGroup(UNIT_A).count()).as("a GET removes nothing")
        .isOne();
    assertThat(manager.post(PAGE + "/" + id + "/xoa", Map.of()).statusCode()).isEqualTo(302);
    assertThat(manager.get(PAGE).body()).contains("Đã xóa Hoàng Thị Trang khỏi đơn vị.");
    assertThat(identity.createUserQuery().userId(id).memberOfGroup(UNIT_A).count()).isZero();

    assertThat(manager.post(PAGE, Map.of("userId", id)).statusCode()).isEqualTo(302);
    assertThat(manager.get(PAGE).body()).contains("Đã thêm Hoàng Thị Trang vào đơn vị.");
    assertThat(identity.createUserQuery().userId(id).memberOfGroup(UNIT_A).count()).isOne();
  }

  @Test
  void anAdministratorAppointsResetsAndDeactivatesAfterConfirming() {
    String id = PeopleFixture.user(context, PeopleFixture.newId("tv-qt"), "Vũ Văn", "Quản Trị", UNIT_A);
    PortalSession admin = PortalSession.signedIn(port, "admin");
    admin.get(PAGE);
    assertThat(admin.post(PAGE + "/" + id + "/quan-ly", Map.of("quanLy", "true")).statusCode()).isEqualTo(302);
    assertThat(admin.get(PAGE).body()).contains("Đã giao cho Vũ Văn Quản Trị quản lý thành viên đơn vị.");
    assertThat(jdbc.queryForObject("select count(*) from unit_manager where unit_id = ? and user_id = ?", Long.class,
        UNIT_A, id)).isOne();

    String account = admin.get(PAGE + "/" + id + "/tai-khoan").body();
    assertThat(account).contains("Tài khoản: Vũ Văn Quản Trị", "Đặt lại mật khẩu", "Ngừng hoạt động tài khoản");
    assertThat(admin.post(PAGE + "/" + id + "/mat-khau", Map.of("password", "ngan")).body())
        .contains("id=\"password-error\">độ dài phải từ 10 đến 128 ký tự</div>");
    assertThat(admin.post(PAGE + "/" + id + "/mat-khau", Map.of("password", "Mat-khau-trang-2026")).statusCode())
        .isEqualTo(302);
    assertThat(admin.get(PAGE + "/" + id + "/tai-khoan").body()).contains("Đã đặt lại mật khẩu");
    assertThat(Api.as(context.getBean(org.springframework.boot.test.web.client.TestRestTemplate.class), id,
        "Mat-khau-trang-2026").get("/api/me").getStatusCode().value()).isEqualTo(200);

    HttpResponse<String> unconfirmed = admin.post(PAGE + "/" + id + "/ngung", Map.of());
    assertThat(unconfirmed.statusCode()).isEqualTo(200);
    assertThat(unconfirmed.body()).contains("id=\"confirm-error\">Hãy đánh dấu ô xác nhận");
    assertThat(identity.createUserQuery().userId(id).memberOfGroup(UNIT_A).count()).as("nothing done").isOne();
    assertThat(admin.post(PAGE + "/" + id + "/ngung", Map.of("xacNhan", "true")).statusCode()).isEqualTo(302);
    assertThat(admin.get(PAGE).body()).contains("Đã ngừng hoạt động tài khoản của Vũ Văn Quản Trị; 0 việc")
        .doesNotContain(id + "@");
    assertThat(jdbc.queryForObject("select count(*) from user_deactivation where user_id = ?", Long.class, id)).isOne();

    String log = admin.get("/quan-tri/nhat-ky-thay-doi").body();
    assertThat(log).contains("tài khoản mã " + id, "<td data-label=\"Sau\">Ngừng hoạt động</td>",
        "thành viên đơn vị mã " + UNIT_A + "/" + id, "<td data-label=\"Sau\">Đã đặt lại</td>");

    PortalSession manager = PortalSession.signedIn(port, MANAGER_A);
    manager.get(PAGE);
    assertThat(manager.get(PAGE + "/" + MEMBER_A + "/tai-khoan").statusCode()).isEqualTo(403);
    assertThat(manager.post(PAGE + "/" + MEMBER_A + "/ngung", Map.of("xacNhan", "true")).statusCode()).isEqualTo(403);
    assertThat(manager.post(PAGE + "/" + MEMBER_A + "/quan-ly", Map.of("quanLy", "true")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void everyPostNeedsItsCsrfToken() {
    PortalSession manager = PortalSession.signedIn(port, MANAGER_A);
    manager.get(PAGE);
    String id = PeopleFixture.newId("tv-csrf");
    assertThat(manager.postRaw(PAGE + "/moi", person(id)).statusCode()).isEqualTo(403);
    assertThat(manager.postRaw(PAGE + "/" + MEMBER_A + "/xoa", Map.of()).statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId(id).count()).isZero();
    assertThat(identity.createUserQuery().userId(MEMBER_A).memberOfGroup(UNIT_A).count()).isOne();
  }

  private static Map<String, String> person(String id) {
    Map<String, String> person = new HashMap<>();
    person.put("userId", id);
    person.put("firstName", "Hoàng Thị");
    person.put("lastName", "Trang");
    person.put("email", id + "@thanhvien.test.danvan.vn");
    person.put("password", "Mat-khau-dau-2026");
    return person;
  }
}
