package vn.danvan.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.organisation.AuthorityRepository;
import vn.danvan.workflow.recognition.RecognitionCandidateRepository;
import vn.danvan.workflow.recognition.RecognitionRoundRepository;
import vn.danvan.workflow.reward.RewardProposalRepository;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The decision's page over HTTP, as the demo users get it: the API's rules (the decision for whoever may have it,
 * a certificate only for whoever sees its model, others 404), the model page linking to it, and revocation by an
 * administrator only (a reason required, CSRF), after which the page, the verification page and the PDF say so.
 */
class DecisionPagesTest extends ServiceOnH2 {

  private static final Pattern VERIFY_LINK = Pattern.compile("href=\"/xac-thuc/([a-z2-7]{26})\"");

  @LocalServerPort
  int port;
  @Autowired
  ModelRepository models;
  @Autowired
  RecognitionRoundRepository rounds;
  @Autowired
  RecognitionCandidateRepository candidates;
  @Autowired
  RewardProposalRepository proposals;
  @Autowired
  AuthorityRepository authorities;

  DocumentFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new DocumentFixtures(models, rounds, candidates, proposals, authorities);
  }

  @Test
  void aUnitSeesTheWholeDecisionButOnlyTheCertificatesOfItsOwnModels() throws Exception {
    DocumentFixtures.Decided decided = fixtures.decided("trang quyết định");
    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    String path = "/quyet-dinh/cong-nhan/" + decided.roundId();

    HttpResponse<String> page = commune1.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Quyết định số " + decided.number(), "Quyết định công nhận",
        "Về việc công nhận mô hình, điển hình", "HUYỆN ỦY XUÂN TRƯỜNG", "Ban Thường vụ Huyện ủy", "Phạm Minh Tuấn",
        "18/11/2026", "Danh sách kèm theo (2)", decided.hongName(), decided.tanName(), "Xã Xuân Tân", "Xuất sắc")
        .doesNotContain(decided.notName(), "Thu hồi văn bản");
    // the decision and the own model's certificate to download; the other unit's model neither linked nor offered
    assertThat(page.body()).contains("href=\"/van-ban/cong-nhan/" + decided.roundId() + "/quyet-dinh.pdf\"",
            "href=\"/van-ban/cong-nhan/" + decided.roundId() + "/mo-hinh/" + decided.hong() + "/giay-chung-nhan.pdf\"",
            "href=\"/mo-hinh/" + decided.hong() + "\"")
        .doesNotContain("/mo-hinh/" + decided.tan() + "/giay-chung-nhan.pdf", "href=\"/mo-hinh/" + decided.tan() + "\"");
    assertThat(VERIFY_LINK.matcher(page.body()).find()).as("nothing issued yet, nothing to verify").isFalse();

    // downloaded once, the certificate is issued: the page says so and links to its verification page
    HttpResponse<byte[]> pdf = commune1.send(HttpRequest.newBuilder(commune1.uri("/van-ban/cong-nhan/"
        + decided.roundId() + "/mo-hinh/" + decided.hong() + "/giay-chung-nhan.pdf")).GET(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    String issuedPage = commune1.get(path).body();
    assertThat(issuedPage).contains("Đã phát hành");
    Matcher link = VERIFY_LINK.matcher(issuedPage);
    assertThat(link.find()).isTrue();
    assertThat(VerificationCode.grouped(link.group(1))).isEqualTo(DocumentFixtures.code(pdf.body()));

    // the model's page links to its decisions' pages
    String modelPage = commune1.get("/mo-hinh/" + decided.hong()).body();
    assertThat(modelPage).contains("href=\"" + path + "\"",
        "href=\"/quyet-dinh/khen-thuong/" + decided.proposalId() + "\"");
    HttpResponse<String> reward = commune1.get("/quyet-dinh/khen-thuong/" + decided.proposalId());
    assertThat(reward.statusCode()).isEqualTo(200);
    assertThat(reward.body()).contains("Quyết định khen thưởng", "Về việc tặng Giấy khen của Chủ tịch UBND huyện",
        "ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG", "Nguyễn Văn Chủ tịch", decided.hongName(),
        "href=\"/van-ban/khen-thuong/" + decided.proposalId() + "/giay-khen.pdf\"");
  }

  @Test
  void aDecisionThatConcernsNoneOfTheUnitsModelsIsNotFoundInVietnamese() {
    DocumentFixtures.Decided decided = fixtures.decided("trang quyết định ẩn", "xa-xuan-hong");
    PortalSession commune2 = PortalSession.signedIn(port, "commune2");
    for (String path : new String[] {"/quyet-dinh/cong-nhan/" + decided.roundId(),
        "/quyet-dinh/khen-thuong/" + decided.proposalId(), "/quyet-dinh/cong-nhan/999999999",
        "/quyet-dinh/bai-bao/" + decided.roundId()}) {
      HttpResponse<String> hidden = commune2.get(path);
      assertThat(hidden.statusCode()).as(path).isEqualTo(404);
      assertThat(hidden.body()).as(path).contains("Không tìm thấy trang").doesNotContain(decided.hongName());
    }
  }

  @Test
  void anAdministratorRevokesADocumentWithAReasonAndItShowsAsRevokedEverywhere() throws Exception {
    DocumentFixtures.Decided decided = fixtures.decided("thu hồi qua trang");
    PortalSession admin = PortalSession.signedIn(port, "admin");
    String path = "/quyet-dinh/khen-thuong/" + decided.proposalId();
    String pdfPath = "/van-ban/khen-thuong/" + decided.proposalId() + "/giay-khen.pdf";
    HttpResponse<byte[]> pdf = admin.send(HttpRequest.newBuilder(admin.uri(pdfPath)).GET(),
        HttpResponse.BodyHandlers.ofByteArray());
    String code = DocumentFixtures.code(pdf.body());

    String page = admin.get(path).body();
    assertThat(page).contains("Thu hồi văn bản", "Lý do thu hồi (bắt buộc)");
    Matcher form = Pattern.compile("action=\"(" + Pattern.quote(path) + "/thu-hoi/(\\d+))\"").matcher(page);
    assertThat(form.find()).isTrue();
    String revoke = form.group(1);

    // without the page's CSRF token: refused, nothing revoked
    assertThat(admin.postRaw(revoke, Map.of("reason", "Cấp nhầm")).statusCode()).isEqualTo(403);
    // without a reason: refused beside the field
    HttpResponse<String> blank = admin.post(revoke, Map.of("reason", "  "));
    assertThat(blank.statusCode()).isEqualTo(422);
    assertThat(blank.body()).contains("Hãy nêu lý do thu hồi.", "is-invalid");
    assertThat(PortalSession.signedIn(port, "commune1").get("/xac-thuc/" + code).body()).contains("Hợp lệ");

    HttpResponse<String> done = admin.post(revoke, Map.of("reason", "Cấp nhầm: <b>tên</b> mô hình sai"));
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith(path);
    String after = admin.get(path).body();
    assertThat(after).contains("Đã thu hồi", "Cấp nhầm: &lt;b&gt;tên&lt;/b&gt; mô hình sai", "20/11/2026")
        .doesNotContain("href=\"" + pdfPath + "\"", "action=\"" + revoke + "\"");
    assertThat(new PortalSession(port).get("/xac-thuc/" + code).body()).contains("Đã thu hồi",
        "Cấp nhầm: &lt;b&gt;tên&lt;/b&gt; mô hình sai");
    assertThat(admin.send(HttpRequest.newBuilder(admin.uri(pdfPath)).GET(), HttpResponse.BodyHandlers.discarding())
        .statusCode()).isEqualTo(410);
    // a second revocation of the same document is refused beside the field
    HttpResponse<String> again = admin.post(revoke, Map.of("reason", "Lần nữa"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Văn bản này đã được thu hồi.", "Cấp nhầm: &lt;b&gt;tên&lt;/b&gt; mô hình sai");
  }

  @Test
  void someoneNotAnAdministratorSeesNoRevokeButtonAndTheirPostIsForbidden() throws Exception {
    DocumentFixtures.Decided decided = fixtures.decided("không được thu hồi");
    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    String path = "/quyet-dinh/khen-thuong/" + decided.proposalId();
    HttpResponse<byte[]> pdf = commune1.send(HttpRequest.newBuilder(commune1.uri("/van-ban/khen-thuong/"
        + decided.proposalId() + "/giay-khen.pdf")).GET(), HttpResponse.BodyHandlers.ofByteArray());
    String code = DocumentFixtures.code(pdf.body());
    String page = commune1.get(path).body();
    assertThat(page).contains("Đã phát hành").doesNotContain("Thu hồi văn bản", "/thu-hoi/");

    assertThat(page).as("the page links to the certificate's verification page")
        .contains("href=\"/xac-thuc/" + code.replace("-", "") + "\"");
    Long documentId = documentId(code);
    HttpResponse<String> refused = commune1.post(path + "/thu-hoi/" + documentId, Map.of("reason", "Tôi muốn thu hồi"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Không có quyền");
    assertThat(new PortalSession(port).get("/xac-thuc/" + code).body()).contains("Hợp lệ").doesNotContain("Đã thu hồi");
  }

  @Autowired
  IssuedDocumentRepository issued;

  private Long documentId(String code) {
    return issued.findByCodeHash(VerificationCode.hash(code)).orElseThrow().getId();
  }
}
