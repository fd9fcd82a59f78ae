package vn.danvan.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.organisation.AuthorityRepository;
import vn.danvan.workflow.recognition.RecognitionCandidateRepository;
import vn.danvan.workflow.recognition.RecognitionRoundRepository;
import vn.danvan.workflow.reward.RewardProposalRepository;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The public page of recognised models (/guong-dien-hinh, no login) links each card to the public verification
 * page of its certificate and Giấy khen once they are issued, and no longer once revoked; only the link, nothing
 * of the document (not its signer).
 */
class ShowcaseCertificateLinkTest extends ServiceOnH2 {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
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
  @Autowired
  IssuedDocumentRepository issued;

  DocumentFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new DocumentFixtures(models, rounds, candidates, proposals, authorities);
  }

  @Test
  void eachCardLinksToTheVerificationPageOfItsIssuedCertificateAndOnlyWhileItStands() throws Exception {
    DocumentFixtures.Decided decided = fixtures.decided("gương điển hình");
    int year = rounds.findById(decided.roundId()).orElseThrow().getYear();
    String list = "/guong-dien-hinh?year=" + year;
    String card = "/guong-dien-hinh/" + decided.hong();
    assertThat(new PortalSession(port).get(list).body()).contains(decided.hongName(), decided.tanName())
        .doesNotContain("/xac-thuc/");

    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    String certificate = DocumentFixtures.code(commune1.send(HttpRequest.newBuilder(commune1.uri("/van-ban/cong-nhan/"
        + decided.roundId() + "/mo-hinh/" + decided.hong() + "/giay-chung-nhan.pdf")).GET(),
        HttpResponse.BodyHandlers.ofByteArray()).body()).replace("-", "");
    String giayKhen = DocumentFixtures.code(commune1.send(HttpRequest.newBuilder(commune1.uri("/van-ban/khen-thuong/"
        + decided.proposalId() + "/giay-khen.pdf")).GET(), HttpResponse.BodyHandlers.ofByteArray()).body())
        .replace("-", "");

    for (String page : new String[] {list, card}) {
      String shown = new PortalSession(port).get(page).body();
      assertThat(shown).as(page).contains("href=\"/xac-thuc/" + certificate + "\"", "Xác thực giấy chứng nhận",
          "href=\"/xac-thuc/" + giayKhen + "\"", "Xác thực Giấy khen của Chủ tịch UBND huyện")
          .doesNotContain("Phạm Minh Tuấn", "Nguyễn Văn Chủ tịch");
    }
    // Xuân Tân's certificate was never issued: its card has no link
    assertThat(new PortalSession(port).get("/guong-dien-hinh/" + decided.tan()).body()).doesNotContain("/xac-thuc/");

    long id = issued.findByCodeHash(VerificationCode.hash(certificate)).orElseThrow().getId();
    assertThat(Api.as(rest, "admin").post("/api/documents/" + id + "/revocation", Map.of("reason", "Cấp nhầm"))
        .getStatusCode().value()).isEqualTo(200);
    assertThat(new PortalSession(port).get(card).body()).doesNotContain("/xac-thuc/" + certificate)
        .contains("href=\"/xac-thuc/" + giayKhen + "\"");
  }
}
