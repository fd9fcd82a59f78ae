package vn.danvan.workflow.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Gương điển hình" over plain HTTP, without a login: exactly the recognised models (outstanding first and
 * marked), none registered only, refused by the round, removed or awaiting a decision; nothing personal (who
 * registered, signed or recorded, internal notes, the council's and the letter's texts); names escaped; the year
 * and field filters; the public card; caching for anonymous visitors only, and the top bar when signed in.
 */
class ShowcasePagesTest extends ServiceOnH2 {

  private static final Pattern TITLE = Pattern.compile(
      "<h2 class=\"h5 card-title\">\\s*<a href=\"/guong-dien-hinh/(\\d+)\">([^<]*)</a>");

  @LocalServerPort
  int port;
  @Autowired
  ApplicationContext context;

  ShowcaseData data;
  PortalSession visitor;

  @BeforeEach
  void recognitions() {
    data = new ShowcaseData(context, 2026).create();
    visitor = new PortalSession(port);
  }

  @Test
  void anAnonymousVisitorSeesExactlyTheRecognisedModelsOutstandingFirstAndNothingPersonal() {
    HttpResponse<String> page = visitor.get("/guong-dien-hinh?year=2026");
    assertThat(page.statusCode()).isEqualTo(200);
    String all = allPages("/guong-dien-hinh?year=2026");

    assertThat(titlesOfMine(all)).containsExactlyElementsOf(escaped(data.shownInYear()));
    for (MobilizationModel hidden : data.neverShown()) {
      assertThat(all).as(hidden.getName()).doesNotContain(hidden.getName());
    }
    assertThat(all).doesNotContain(data.ofYearBefore.getName());
    assertThat(article(all, data.outstanding.getName())).contains("Tiêu biểu", data.unitName, "Kinh tế",
        "Biên bản đồng thuận của 108 hộ",
        "Công nhận cấp xã: Quyết định số " + data.decision + " ngày 10/11/2026 của Ban Thường vụ Đảng ủy xã",
        data.rewardForm + ": Quyết định số " + data.rewardDecision + " ngày 18/11/2026");
    assertThat(article(all, data.recognised.getName())).contains(data.unitName, "Văn hóa - xã hội",
        data.decision).doesNotContain("Tiêu biểu", data.rewardForm);
    assertThat(all).doesNotContain(data.creator, data.signer, data.recorder, data.internalNote, data.minutes,
        data.councilNote, data.letter, "Thực trạng " + data.tag, "Không duy trì " + data.tag, "minh-chung");
    assertThat(all).doesNotContain(ShowcaseData.XSS).contains("&lt;script&gt;alert(1)&lt;/script&gt; " + data.tag);
  }

  @Test
  void theYearAndFieldFiltersNarrowTheList() {
    String latest = visitor.get("/guong-dien-hinh").body();
    Matcher options = Pattern.compile("<option value=\"(\\d{4})\"( selected=\"selected\")?>").matcher(latest);
    assertThat(options.find()).as("a year to choose").isTrue();
    assertThat(options.group(2)).as("the latest year with recognitions is shown first").isNotNull();
    List<String> years = new ArrayList<>(List.of(options.group(1)));
    while (options.find()) {
      years.add(options.group(1));
    }
    assertThat(years).contains("2026", "2025").doesNotContain("2024").isSortedAccordingTo((a, b) -> b.compareTo(a));

    String of2025 = allPages("/guong-dien-hinh?year=2025");
    assertThat(titlesOfMine(of2025)).containsExactly(data.ofYearBefore.getName());
    assertThat(article(of2025, data.ofYearBefore.getName())).contains(data.decisionYearBefore, "Quốc phòng - an ninh");
    assertThat(titlesOfMine(allPages("/guong-dien-hinh?year=2024"))).isEmpty();

    String economy = allPages("/guong-dien-hinh?year=2026&field=ECONOMY");
    assertThat(titlesOfMine(economy)).containsExactly(data.outstanding.getName());
    assertThat(economy).contains("<option value=\"ECONOMY\" selected=\"selected\">Kinh tế</option>");
    assertThat(titlesOfMine(allPages("/guong-dien-hinh?year=2026&field=CULTURE_SOCIETY")))
        .containsExactly(data.recognised.getName());
    assertThat(titlesOfMine(allPages("/guong-dien-hinh?year=2025&field=ECONOMY"))).isEmpty();
    // a typed address with nonsense is the whole list, not an error
    assertThat(visitor.get("/guong-dien-hinh?year=abc&field=NOPE&page=-3").statusCode()).isEqualTo(200);
  }

  @Test
  void aRecognisedModelHasAPublicCardAndNoOtherModelHasOne() {
    HttpResponse<String> card = visitor.get("/guong-dien-hinh/" + data.outstanding.getId());
    assertThat(card.statusCode()).isEqualTo(200);
    assertThat(card.body()).contains(data.outstanding.getName(), data.unitName, "Tiêu biểu", "Cán bộ đến từng nhà",
        "Biên bản đồng thuận của 108 hộ", "Công nhận cấp xã năm 2026",
        "Quyết định số " + data.decision + " ngày 10/11/2026 của Ban Thường vụ Đảng ủy xã",
        "Khen thưởng năm 2026: " + data.rewardForm,
        "Quyết định số " + data.rewardDecision + " ngày 18/11/2026 của Chủ tịch UBND xã")
        .doesNotContain(data.creator, data.signer, data.recorder, data.internalNote, data.minutes,
            data.councilNote, data.letter, "Thực trạng " + data.tag, "Mục tiêu " + data.tag);
    assertThat(visitor.get("/guong-dien-hinh/" + data.script.getId()).body())
        .doesNotContain(ShowcaseData.XSS).contains("&lt;script&gt;alert(1)&lt;/script&gt; " + data.tag);
    for (MobilizationModel hidden : data.neverShown()) {
      HttpResponse<String> refused = visitor.get("/guong-dien-hinh/" + hidden.getId());
      assertThat(refused.statusCode()).as(hidden.getName()).isEqualTo(404);
      assertThat(refused.body()).contains("Không tìm thấy trang").doesNotContain(hidden.getName());
    }
  }

  @Test
  void anAnonymousPageOpensNoSessionAndMayBeCachedWhileASignedInOneShowsTheTopBarAndIsNot() {
    HttpResponse<String> anonymous = visitor.get("/guong-dien-hinh?year=2026");
    Map<String, String> headers = PortalSession.headers(anonymous);
    assertThat(headers).containsEntry("cache-control", ShowcasePage.PUBLIC_CACHE).containsEntry("vary", "Cookie")
        .doesNotContainKey("set-cookie");
    assertThat(headers.get("content-security-policy")).contains("script-src 'self'", "style-src 'self'");
    assertThat(anonymous.body()).contains("Đăng nhập").doesNotContain("name=\"_csrf\"", "Đăng xuất");
    assertThat(visitor.sessionId()).isNull();

    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    HttpResponse<String> signedIn = commune1.get("/guong-dien-hinh?year=2026");
    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(signedIn.body()).contains("Đăng xuất", "Phạm Văn Cán bộ xã Xuân Hồng", data.outstanding.getName());
    assertThat(PortalSession.headers(signedIn).get("cache-control")).contains("no-store")
        .doesNotContain("public");
  }

  @Test
  void theLoginPageAndEveryFooterLeadToThePageWhichSpeaksEnglishOnRequest() {
    assertThat(visitor.get("/dang-nhap").body()).contains("href=\"/guong-dien-hinh\">Xem các gương điển hình",
        "href=\"/guong-dien-hinh\">Gương điển hình</a>");
    String english = visitor.get("/guong-dien-hinh?year=2026&lang=en").body();
    assertThat(english).contains("Exemplary \"Skilful Mass Mobilisation\" models".replace("\"", "&quot;"),
        "Outstanding", "Economy");
  }

  /** Every page of the list, one after the other, until one has no entry. */
  private String allPages(String path) {
    StringBuilder all = new StringBuilder();
    for (int page = 0; page < 50; page++) {
      String body = visitor.get(path + "&page=" + page).body();
      if (!TITLE.matcher(body).find()) {
        return all.append(body).toString();
      }
      all.append(body);
    }
    throw new AssertionError("more than 50 pages");
  }

  /** The titles of this suite's models, in the order shown (as the HTML has them: escaped). */
  private List<String> titlesOfMine(String html) {
    List<String> titles = new ArrayList<>();
    Matcher matcher = TITLE.matcher(html);
    while (matcher.find()) {
      if (matcher.group(2).endsWith(data.tag)) {
        titles.add(matcher.group(2));
      }
    }
    return titles;
  }

  private static List<String> escaped(List<MobilizationModel> models) {
    return models.stream().map(m -> m.getName().replace("<", "&lt;").replace(">", "&gt;")).toList();
  }

  /** The card of the list that bears this title. */
  private static String article(String html, String name) {
    int at = html.indexOf(">" + name + "</a>");
    assertThat(at).as("card of " + name).isPositive();
    return html.substring(html.lastIndexOf("<article", at), html.indexOf("</article>", at));
  }
}
