package vn.danvan.workflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Thẩm quyền công nhận, khen thưởng" and "Nhật ký thay đổi" over plain HTTP: anyone but an administrator gets the
 * 403 page and no menu item; an administrator adds (a wrong unit is named beside its field, nothing saved), edits
 * and deletes after a confirmation, an authority in use is kept with the reason, and the log shows each change,
 * newest first, before → after in Vietnamese.
 */
class AuthorityPageTest extends ServiceOnH2 {

  static final String PAGE = "/quan-tri/tham-quyen";
  static final String LOG = "/quan-tri/nhat-ky-thay-doi";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void areaOfItsOwn() {
    AuthorityFixture.ensureArea(context);
  }

  @Test
  void anyoneButAnAdministratorGetsTheRefusalPageAndNoMenuItem() {
    long id = AuthorityFixture.added(rest, "Chủ tịch UBND xã (trang, quyền)");
    for (String user : List.of("reviewer", "commune1")) {
      PortalSession session = PortalSession.signedIn(port, user);
      assertThat(session.get("/").body()).as(user).doesNotContain("href=\"" + PAGE + "\"", "href=\"" + LOG + "\"");
      for (String path : List.of(PAGE, PAGE + "/" + id + "/sua", PAGE + "/" + id + "/xoa", LOG)) {
        HttpResponse<String> refused = session.get(path);
        assertThat(refused.statusCode()).as("%s %s", user, path).isEqualTo(403);
        assertThat(refused.body()).contains("Không có quyền").doesNotContain("Chủ tịch UBND xã (trang, quyền)");
      }
      assertThat(session.post(PAGE, form("Của " + user)).statusCode()).as(user).isEqualTo(403);
      assertThat(session.post(PAGE + "/" + id, form("Đổi tên")).statusCode()).as(user).isEqualTo(403);
      assertThat(session.post(PAGE + "/" + id + "/xoa", Map.of()).statusCode()).as(user).isEqualTo(403);
    }
    assertThat(jdbc.queryForObject("select actor_title from authority where id = ?", String.class, id))
        .isEqualTo("Chủ tịch UBND xã (trang, quyền)");
    String home = PortalSession.signedIn(port, "admin").get("/").body();
    assertThat(home).contains("href=\"" + PAGE + "\"", "Thẩm quyền công nhận, khen thưởng", "href=\"" + LOG + "\"",
        "Nhật ký thay đổi");
  }

  @Test
  void anAdministratorAddsEditsAndDeletesAndTheLogShowsEachChange() {
    PortalSession admin = PortalSession.signedIn(port, "admin");
    HttpResponse<String> list = admin.get(PAGE);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("<h1 class=\"h3\">Thẩm quyền công nhận, khen thưởng</h1>", "Đơn vị (địa bàn)",
        "Cơ quan đề xuất", "Hình thức khen thưởng", "Huyện Xuân Trường", "Chủ tịch UBND huyện", "Giấy khen",
        "Khen thưởng", "Công nhận", "Thêm thẩm quyền", "name=\"_csrf\"");

    Map<String, String> unknownUnit = form("Chủ tịch UBND xã (trang)");
    unknownUnit.put("areaId", "xa-khong-co");
    HttpResponse<String> refused = admin.post(PAGE, unknownUnit);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"areaId-error\">Không có đơn vị mã xa-khong-co.</div>",
        "value=\"Chủ tịch UBND xã (trang)\"");
    Map<String, String> blank = form(" ");
    assertThat(admin.post(PAGE, blank).body()).contains("id=\"actorTitle-error\">không được để trống</div>");
    assertThat(titled("Chủ tịch UBND xã (trang)")).as("nothing saved").isZero();

    HttpResponse<String> added = admin.post(PAGE, form("Chủ tịch UBND xã (trang)"));
    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith(PAGE);
    long id = jdbc.queryForObject("select id from authority where actor_title = ?", Long.class,
        "Chủ tịch UBND xã (trang)");
    assertThat(admin.get(PAGE).body()).contains("Đã lưu thẩm quyền &quot;Chủ tịch UBND xã (trang)&quot;.",
        AuthorityFixture.AREA_NAME, "href=\"" + PAGE + "/" + id + "/sua\"", "href=\"" + PAGE + "/" + id + "/xoa\"");

    String edit = admin.get(PAGE + "/" + id + "/sua").body();
    assertThat(edit).contains("Sửa thẩm quyền", "value=\"Chủ tịch UBND xã (trang)\"",
        "<option value=\"" + AuthorityFixture.AREA + "\" selected=\"selected\">" + AuthorityFixture.AREA_NAME,
        "<option value=\"REWARD\" selected=\"selected\">Khen thưởng</option>");
    Map<String, String> changed = form("Chủ tịch UBND xã (trang)");
    changed.put("rewardFormName", "Giấy khen của Chủ tịch UBND xã");
    changed.put("areaId", "xa-khong-co");
    assertThat(admin.post(PAGE + "/" + id, changed).body()).contains("Không có đơn vị mã xa-khong-co.");
    changed.put("areaId", AuthorityFixture.AREA);
    assertThat(admin.post(PAGE + "/" + id, changed).statusCode()).isEqualTo(302);
    assertThat(admin.get(PAGE).body()).contains("Đã lưu thẩm quyền", "Giấy khen của Chủ tịch UBND xã");
    assertThat(jdbc.queryForObject("select reward_form_name from authority where id = ?", String.class, id))
        .isEqualTo("Giấy khen của Chủ tịch UBND xã");

    String confirm = admin.get(PAGE + "/" + id + "/xoa").body();
    assertThat(confirm).contains("Xóa thẩm quyền này?", "Giấy khen của Chủ tịch UBND xã", AuthorityFixture.AREA_NAME,
        "action=\"" + PAGE + "/" + id + "/xoa\"");
    assertThat(titled("Chủ tịch UBND xã (trang)")).as("a GET deletes nothing").isOne();
    HttpResponse<String> deleted = admin.post(PAGE + "/" + id + "/xoa", Map.of());
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(admin.get(PAGE).body()).contains("Đã xóa thẩm quyền &quot;Chủ tịch UBND xã (trang)&quot;.")
        .doesNotContain("href=\"" + PAGE + "/" + id + "/sua\"");
    assertThat(titled("Chủ tịch UBND xã (trang)")).isZero();

    HttpResponse<String> log = admin.get(LOG);
    assertThat(log.statusCode()).isEqualTo(200);
    String body = log.body();
    assertThat(body).contains("Nhật ký thay đổi", "20/11/2026 10:00", "(admin)");
    int deletion = body.indexOf("thẩm quyền mã " + id + "<");
    assertThat(deletion).as("newest first: the deletion").isPositive();
    assertThat(body.substring(0, deletion)).contains(">Xóa</span>");
    String mine = body.substring(deletion);
    assertThat(mine).contains("<td data-label=\"Thông tin\">Hình thức khen thưởng</td>",
        "<td data-label=\"Trước\">Giấy khen</td>", "<td data-label=\"Sau\">Giấy khen của Chủ tịch UBND xã</td>",
        ">Sửa</span>", ">Thêm</span>", "<td data-label=\"Sau\">Khen thưởng</td>",
        "<td data-label=\"Sau\">" + AuthorityFixture.AREA_NAME + "</td>");
  }

  @Test
  void anAuthorityInUseIsKeptAndThePageSaysWhy() {
    long id = AuthorityFixture.added(rest, "Chủ tịch UBND xã (trang, đang dùng)");
    String model = AuthorityFixture.usedByARewardProposal(context, id, "Mô hình giữ thẩm quyền");
    PortalSession admin = PortalSession.signedIn(port, "admin");
    admin.get(PAGE + "/" + id + "/xoa");
    HttpResponse<String> refused = admin.post(PAGE + "/" + id + "/xoa", Map.of());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("Không xóa được thẩm quyền", "đang được dùng: 1 đề nghị khen thưởng (mô hình: "
        + model + ")", "Về danh sách thẩm quyền").doesNotContain("Xóa thẩm quyền này?");
    assertThat(titled("Chủ tịch UBND xã (trang, đang dùng)")).isOne();
  }

  @Test
  void everyPostNeedsItsCsrfToken() {
    PortalSession admin = PortalSession.signedIn(port, "admin");
    admin.get(PAGE);
    assertThat(admin.postRaw(PAGE, form("Chủ tịch UBND xã (không token)")).statusCode()).isEqualTo(403);
    assertThat(titled("Chủ tịch UBND xã (không token)")).isZero();
    long id = AuthorityFixture.added(rest, "Chủ tịch UBND xã (token)");
    assertThat(admin.postRaw(PAGE + "/" + id + "/xoa", Map.of()).statusCode()).isEqualTo(403);
    assertThat(titled("Chủ tịch UBND xã (token)")).isOne();
  }

  @Test
  void theLogIsPagedTwentyEntriesAPage() {
    long id = AuthorityFixture.added(rest, "Chủ tịch UBND xã (phân trang)");
    PortalSession admin = PortalSession.signedIn(port, "admin");
    admin.get(PAGE + "/" + id + "/sua");
    for (int i = 0; i < 21; i++) {
      assertThat(admin.post(PAGE + "/" + id, form("Chủ tịch UBND xã (phân trang " + i + ")")).statusCode())
          .isEqualTo(302);
      admin.get(PAGE + "/" + id + "/sua");
    }
    String first = admin.get(LOG).body();
    Matcher pages = Pattern.compile("Trang 1 / (\\d+)").matcher(first);
    assertThat(pages.find()).as("a pager").isTrue();
    assertThat(Integer.parseInt(pages.group(1))).isGreaterThanOrEqualTo(2);
    assertThat(first).contains("href=\"" + LOG + "?trang=2\"", "Chủ tịch UBND xã (phân trang 20)")
        .doesNotContain("<td data-label=\"Sau\">Chủ tịch UBND xã (phân trang 0)</td>");
    assertThat(admin.get(LOG + "?trang=2").body()).contains("Trang 2 / ");
  }

  private long titled(String title) {
    return jdbc.queryForObject("select count(*) from authority where actor_title = ?", Long.class, title);
  }

  private static Map<String, String> form(String actorTitle) {
    Map<String, String> form = new HashMap<>();
    AuthorityFixture.giayKhen(actorTitle).forEach((k, v) -> form.put(k, String.valueOf(v)));
    return form;
  }
}
