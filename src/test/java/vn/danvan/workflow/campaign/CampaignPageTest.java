package vn.danvan.workflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Đợt đánh giá hằng năm" over plain HTTP: everyone signed in sees the campaigns and their progress; the Ban Dân vận
 * (EVALUATE power) opens a year's campaign by hand, as POST /api/campaigns does; a commune official may not; a year
 * already open or not a year is refused beside the field with nothing opened; every post needs its CSRF token.
 * Years 2003 and 2004: no other suite opens them.
 */
class CampaignPageTest extends ServiceOnH2 {

  static final String PAGE = "/dot-danh-gia";

  @LocalServerPort
  int port;
  @Autowired
  CampaignRepository campaigns;

  @Test
  void theBanDanVanOpensAYearsCampaignAndSeesItsProgressOnce() {
    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    HttpResponse<String> page = reviewer.get(PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Đợt đánh giá hằng năm", "Mở đợt đánh giá", "name=\"nam\"");

    HttpResponse<String> opened = reviewer.post(PAGE, Map.of("nam", "2003"));
    assertThat(opened.statusCode()).isEqualTo(302);
    assertThat(campaigns.findByYear(2003)).get().extracting(Campaign::getOpenedBy).isEqualTo("reviewer");
    String after = reviewer.get(PAGE).body();
    assertThat(after).contains("Đã mở đợt đánh giá năm 2003", "id=\"dot-2003\"", "Năm 2003",
        "Trần Thị Thẩm định", "mô hình đã được xếp loại hoặc quyết định");
    assertThat(reviewer.get(PAGE).body()).as("said once").doesNotContain("Đã mở đợt đánh giá năm 2003");

    HttpResponse<String> again = reviewer.post(PAGE, Map.of("nam", "2003"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Năm 2003 đã có đợt đánh giá.", "is-invalid", "aria-invalid=\"true\"");
  }

  @Test
  void aYearThatIsNotOneIsRefusedBesideTheFieldAndNothingOpens() {
    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    reviewer.get(PAGE);
    long before = campaigns.count();
    for (String typed : new String[] {"hai nghìn", "1999", "20041", "<b>2004</b>"}) {
      HttpResponse<String> refused = reviewer.post(PAGE, Map.of("nam", typed));
      assertThat(refused.statusCode()).as(typed).isEqualTo(422);
      assertThat(refused.body()).as(typed).contains("không phải là một năm từ 2000 đến 2100")
          .doesNotContain("<b>2004</b>");
    }
    assertThat(campaigns.count()).isEqualTo(before);
  }

  @Test
  void aCommuneOfficialSeesTheCampaignsButMayNotOpenOneAndEveryPostNeedsItsToken() {
    PortalSession commune = PortalSession.signedIn(port, "commune1");
    HttpResponse<String> page = commune.get(PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Đợt đánh giá hằng năm").doesNotContain("name=\"nam\"", "Mở đợt đánh giá");
    assertThat(commune.post(PAGE, Map.of("nam", "2004")).statusCode()).isEqualTo(403);

    PortalSession reviewer = PortalSession.signedIn(port, "reviewer");
    reviewer.get(PAGE);
    assertThat(reviewer.postRaw(PAGE, Map.of("nam", "2004")).statusCode()).as("no CSRF token").isEqualTo(403);
    assertThat(campaigns.existsByYear(2004)).isFalse();
  }
}
