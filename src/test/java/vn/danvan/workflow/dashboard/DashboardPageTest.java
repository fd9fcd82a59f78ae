package vn.danvan.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.workflow.dashboard.DashboardFixture.BOARD_USER;
import static vn.danvan.workflow.dashboard.DashboardFixture.DONG;
import static vn.danvan.workflow.dashboard.DashboardFixture.DONG_USER;
import static vn.danvan.workflow.dashboard.DashboardFixture.TAY;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/** "Tổng quan" over plain HTTP: who may open it, whose units it counts, and that unit names stay text. */
class DashboardPageTest extends ServiceOnH2 {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ApplicationContext context;

  @BeforeEach
  void knownDistrict() {
    DashboardFixture.ensure(context, rest);
  }

  @Test
  void anAnonymousVisitorIsSentToTheLogin() {
    for (String path : new String[] {"/tong-quan", "/tong-quan?year=2026&quarter=Q4", "/tong-quan/bao-cao.pdf"}) {
      HttpResponse<String> page = new PortalSession(port).get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(302);
      assertThat(page.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/dang-nhap");
    }
  }

  @Test
  void everyoneSignedInFindsItInTheMenuAndTheQuarterUnderWayByDefault() {
    PortalSession commune = PortalSession.signedIn(port, "commune1");
    assertThat(commune.get("/").body()).contains("href=\"/tong-quan\"", ">Tổng quan<");
    HttpResponse<String> page = commune.get("/tong-quan");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Quý IV năm 2026", "Xã Xuân Hồng", "<option value=\"Q4\" selected=\"selected\">",
        "href=\"/tong-quan/bao-cao.xlsx?year=2026&amp;quarter=Q4\"", "/webjars/echarts/", "/dist/echarts.min.js",
        "/js/dashboard.js");
    assertThat(commune.get("/tong-quan?year=2026&quarter=Q4&lang=en").body())
        .contains("Overview", "Indicators of the period", "By unit");
  }

  @Test
  void aCommuneSeesOnlyItsOwnUnitByUnit() {
    DashboardHtml board = page(BOARD_USER);
    assertThat(board.keys("byUnit")).containsExactly(DONG, TAY);

    DashboardHtml commune = page(DONG_USER);
    assertThat(commune.keys("byUnit")).containsExactly(DONG);
    assertThat(commune.html).doesNotContain("Xã Tây", TAY);
    assertThat(commune.keys("overdueByUnit")).isEmpty();

    DashboardHtml commune1 = page("commune1");
    assertThat(commune1.keys("byUnit")).isSubsetOf("xa-xuan-hong");
    assertThat(commune1.html).doesNotContain(DONG);
  }

  @Test
  void figuresEscapeUnitNames() {
    DashboardHtml board = page(BOARD_USER);
    assertThat(board.html).doesNotContain("<script>alert('tq')")
        .contains("Xã Tây &lt;script&gt;alert(&#39;tq&#39;)&lt;/script&gt;");
    assertThat(board.table("byUnit")).extracting(DashboardHtml.Row::label)
        .contains("Xã Tây &lt;script&gt;alert(&#39;tq&#39;)&lt;/script&gt;");
    // the chart's data is an attribute: escaped in the page, the name itself once parsed (drawn on a canvas)
    assertThat(board.charts.get("byUnit").get("categories")).asList()
        .contains(DashboardFixture.TAY_NAME);
    assertThat(board.html).containsPattern("data-chart=\"[^\"]*Xã Tây &lt;script&gt;alert\\(&#39;tq&#39;\\)");
  }

  DashboardHtml page(String user) {
    HttpResponse<String> response = PortalSession.signedIn(port, user).get("/tong-quan?year=2026&quarter=Q4");
    assertThat(response.statusCode()).isEqualTo(200);
    return new DashboardHtml(response.body());
  }
}
