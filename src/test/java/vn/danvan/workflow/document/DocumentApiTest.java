package vn.danvan.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.organisation.AuthorityRepository;
import vn.danvan.workflow.recognition.RecognitionCandidateRepository;
import vn.danvan.workflow.recognition.RecognitionRoundRepository;
import vn.danvan.workflow.reward.RewardProposalRepository;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The documents through HTTP, as the demo users get them: the same access as the decision's data, the same bytes
 * every time, and the public verification page (no login) answering valid, revoked, altered and unknown.
 */
class DocumentApiTest extends ServiceOnH2 {

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
  JdbcTemplate jdbc;

  DocumentFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new DocumentFixtures(models, rounds, candidates, proposals, authorities);
  }

  @Test
  void aDecidedRoundGivesItsDecisionWithEveryRecognisedModelTheSameBytesEveryTime() throws Exception {
    DocumentFixtures.Decided decided = fixtures.decided("quyết định", "xa-xuan-hong");
    String path = "/api/documents/recognition-rounds/" + decided.roundId() + "/decision.pdf";

    ResponseEntity<byte[]> first = Api.as(rest, "reviewer").download(path);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String text = PdfPages.text(first.getBody());
    assertThat(text).contains("HUYỆN ỦY XUÂN TRƯỜNG", "Số: " + decided.number(), decided.hongName(),
        decided.tanName(), "Xã Xuân Hồng", "Phạm Minh Tuấn", "Mã xác thực:");
    assertThat(text).doesNotContain(decided.notName());
    DocumentRendererTest.pdfA(first.getBody());

    // stored at the first request: the same bytes (and hash) for everyone afterwards
    assertThat(Api.as(rest, "commune1").download(path).getBody()).isEqualTo(first.getBody());
    // Xuân Tân sees neither the district nor any model the decision recognised
    ResponseEntity<Map<String, Object>> hidden = Api.as(rest, "commune2").get(path);
    assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(hidden.getHeaders().getContentType()).matches(t -> t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void certificatesAndTheRewardFollowTheModelsAccessRules() throws Exception {
    DocumentFixtures.Decided decided = fixtures.decided("giấy chứng nhận");
    String certificate = "/api/documents/recognition-rounds/" + decided.roundId() + "/models/" + decided.hong()
        + "/certificate.pdf";

    ResponseEntity<byte[]> own = Api.as(rest, "commune1").download(certificate);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(PdfPages.text(own.getBody())).contains("GIẤY CHỨNG NHẬN", decided.hongName(), "Xã Xuân Hồng",
        "Theo Quyết định số " + decided.number());
    assertThat(Api.as(rest, "commune2").status(certificate)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "commune1").status("/api/documents/recognition-rounds/" + decided.roundId()
        + "/models/" + decided.notRecognised() + "/certificate.pdf")).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<byte[]> giayKhen = Api.as(rest, "commune1").download("/api/documents/reward-proposals/"
        + decided.proposalId() + "/certificate.pdf");
    assertThat(PdfPages.text(giayKhen.getBody())).contains("TẶNG GIẤY KHEN", decided.hongName(),
        "Nguyễn Văn Chủ tịch");
    ResponseEntity<byte[]> rewardDecision = Api.as(rest, "commune1").download("/api/documents/reward-proposals/"
        + decided.proposalId() + "/decision.pdf");
    assertThat(PdfPages.text(rewardDecision.getBody())).contains("ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG",
        "Về việc tặng Giấy khen của Chủ tịch UBND huyện", decided.hongName());
    assertThat(Api.as(rest, "commune2").status("/api/documents/reward-proposals/" + decided.proposalId()
        + "/decision.pdf")).isEqualTo(HttpStatus.NOT_FOUND);

    List<Map<String, Object>> listed = Api.as(rest, "commune1").getList("/api/documents/models/" + decided.hong())
        .getBody();
    assertThat(listed).extracting(d -> d.get("kind")).containsExactly("RECOGNITION_DECISION",
        "RECOGNITION_CERTIFICATE", "REWARD_DECISION", "REWARD_CERTIFICATE");
    // issued when first downloaded: the recognition decision was not asked for here
    assertThat(listed.get(0)).doesNotContainKey("status");
    assertThat(listed.subList(1, 4)).allSatisfy(d -> assertThat(d).containsEntry("status", "VALID")
        .containsKey("sha256"));
  }

  @Test
  void theVerificationPageNeedsNoLoginAndTellsValidRevokedAlteredAndUnknown() throws Exception {
    DocumentFixtures.Decided decided = fixtures.decided("xác thực");
    byte[] pdf = Api.as(rest, "commune1").download("/api/documents/recognition-rounds/" + decided.roundId()
        + "/models/" + decided.hong() + "/certificate.pdf").getBody();
    String code = DocumentFixtures.code(pdf);

    ResponseEntity<String> valid = Api.anonymous(rest).raw("/xac-thuc/" + code);
    assertThat(valid.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(valid.getBody()).contains("Hợp lệ", decided.hongName(), decided.number(), "HUYỆN ỦY XUÂN TRƯỜNG",
        "Phạm Minh Tuấn", "Văn bản phát hành không ký số").doesNotContain("Đã thu hồi");
    assertThat(valid.getHeaders().getCacheControl()).contains("no-store");
    // typed by hand: upper case, without dashes, through the form
    assertThat(Api.anonymous(rest).raw("/xac-thuc/" + code.toUpperCase().replace("-", "")).getBody())
        .contains("Hợp lệ");

    ResponseEntity<String> unknown = Api.anonymous(rest).raw("/xac-thuc/aaaaaaaaaaaaaaaaaaaaaaaaaa");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(unknown.getBody()).contains("Không tìm thấy văn bản").doesNotContain(decided.hongName());

    // revocation: an administrator's, with a reason
    Long id = ((Number) Api.as(rest, "commune1").getList("/api/documents/models/" + decided.hong()).getBody()
        .stream().filter(d -> "RECOGNITION_CERTIFICATE".equals(d.get("kind"))).findFirst().orElseThrow().get("id"))
        .longValue();
    Map<String, String> reason = Map.of("reason", "Cấp nhầm: mô hình đã đổi tên");
    assertThat(Api.as(rest, "commune1").post("/api/documents/" + id + "/revocation", reason).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "admin").post("/api/documents/" + id + "/revocation", Map.of("reason", " "))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> revoked = Api.as(rest, "admin").post("/api/documents/" + id + "/revocation",
        reason);
    assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(revoked.getBody()).containsEntry("status", "REVOKED").containsEntry("revokedBy", "admin");
    assertThat(Api.anonymous(rest).raw("/xac-thuc/" + code).getBody()).contains("Đã thu hồi",
        "Cấp nhầm: mô hình đã đổi tên");
    assertThat(Api.as(rest, "commune1").status("/api/documents/recognition-rounds/" + decided.roundId() + "/models/"
        + decided.hong() + "/certificate.pdf")).isEqualTo(HttpStatus.GONE);

    // the stored PDF changed by one byte behind the service's back
    byte[] giayKhen = Api.as(rest, "commune1").download("/api/documents/reward-proposals/" + decided.proposalId()
        + "/certificate.pdf").getBody();
    String otherCode = DocumentFixtures.code(giayKhen);
    assertThat(Api.anonymous(rest).raw("/xac-thuc/" + otherCode).getBody()).contains("Hợp lệ");
    byte[] tampered = giayKhen.clone();
    tampered[tampered.length / 2] ^= 0x01;
    jdbc.update("update issued_document set pdf = ? where sha256 = ?", tampered, VerificationCode.sha256(giayKhen));
    assertThat(Api.anonymous(rest).raw("/xac-thuc/" + otherCode).getBody()).contains("Không hợp lệ",
        "nội dung đã bị thay đổi");
  }
}
