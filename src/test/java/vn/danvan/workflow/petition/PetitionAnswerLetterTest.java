package vn.danvan.workflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The answer letter of a petition settled through the engine: a PDF with the tracking code, the subject, the answer
 * and the receiving unit, addressed to the petitioner by name, except a tố cáo's, which names nobody; served to
 * whoever sees the petition at the desk (API and page), 404 for another unit, and never on the public status page.
 */
class PetitionAnswerLetterTest extends ServiceOnH2 {

  private static final String NAME = "Lê Thị Kiến Nghị";
  private static final String DENOUNCER = "Phạm Văn Giấu Tên";

  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityReadRepository reads;
  @Autowired
  PetitionRepository petitions;
  @Autowired
  TestRestTemplate rest;
  @LocalServerPort
  int port;

  @BeforeEach
  void people() {
    PetitionPeople.create(identity);
  }

  @Test
  void aFeedbackAnsweredThroughTheEngineHasItsLetterForTheDeskOnly() throws IOException {
    long id = received("KIEN_NGHI", NAME, "Đèn đường thôn 5 hỏng");
    complete(id, Map.of("decision", "ACCEPT", "handlingUnitId", PetitionPeople.DEPARTMENT));
    assertThat(Api.as(rest, "tcd-officer").status("/api/petitions/" + id + "/answer.pdf"))
        .as("not answered yet").isEqualTo(HttpStatus.NOT_FOUND);
    complete(id, Map.of("outcome", "Đã thay bóng đèn thôn 5 ngày 02/12"));
    assertThat(issued(id)).as("rendered off the officer's request").isZero();
    runJob(id);
    assertThat(issued(id)).as("issued by the job the settlement wrote").isEqualTo(1);
    assertThat(reads.findByPetitionIdOrderByReadAtAscIdAsc(id)).as("addressing it is a logged read")
        .extracting(IdentityRead::getReader).containsExactly(Petitioners.ANSWER_LETTER_READER);

    ResponseEntity<byte[]> letter = Api.as(rest, "tcd-officer").download("/api/petitions/" + id + "/answer.pdf");
    assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(letter.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String text = text(letter.getBody());
    String code = petitions.findById(id).orElseThrow().getTrackingCode();
    assertThat(text).contains(code, "Đèn đường thôn 5 hỏng", "Đã thay bóng đèn thôn 5 ngày 02/12",
        "UBND huyện Xuân Trường đã nhận đơn kiến nghị", "Gửi: ông/bà " + NAME, "VĂN BẢN TRẢ LỜI KIẾN NGHỊ", "Mã xác thực:").containsPattern(
        "(?<!huyện )Xuân Trường, ngày \\d{2} tháng \\d{2} năm \\d{4}");
    assertThat(Api.as(rest, "tcd-handler").download("/api/petitions/" + id + "/answer.pdf").getBody())
        .as("issued once, the same bytes for everyone who sees it").isEqualTo(letter.getBody());
    assertThat(Api.as(rest, "commune2").status("/api/petitions/" + id + "/answer.pdf"))
        .isEqualTo(HttpStatus.NOT_FOUND);

    PortalSession desk = PortalSession.signedIn(port, "tcd-officer");
    String link = "/tiep-cong-dan/" + id + "/van-ban-tra-loi.pdf";
    assertThat(desk.get("/tiep-cong-dan/" + id).body()).contains(link);
    assertThat(desk.get(link).statusCode()).isEqualTo(200);
    assertThat(PortalSession.signedIn(port, "commune2").get(link).statusCode()).isEqualTo(404);
    ResponseEntity<String> status = Api.anonymous(rest).raw("/tra-cuu-phan-anh/" + code);
    assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(status.getBody()).contains(code).doesNotContain("van-ban-tra-loi", "answer.pdf", NAME);
  }

  @Test
  void aDenunciationsLetterNamesNobody() throws IOException {
    long id = received("TO_CAO", DENOUNCER, "Cán bộ thu tiền sai quy định");
    complete(id, Map.of("decision", "ACCEPT", "handlingUnitId", PetitionPeople.DEPARTMENT, "complexity", "NORMAL"));
    complete(id, Map.of("decision", "SETTLE", "outcome", "Tố cáo đúng một phần, đã xử lý kỷ luật"));
    runJob(id);
    assertThat(issued(id)).isEqualTo(1);
    assertThat(reads.findByPetitionIdOrderByReadAtAscIdAsc(id)).as("the letter never read the denouncer")
        .extracting(IdentityRead::getReader).doesNotContain(Petitioners.ANSWER_LETTER_READER);

    ResponseEntity<byte[]> letter = Api.as(rest, "tcd-leader").download("/api/petitions/" + id + "/answer.pdf");
    assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
    String text = text(letter.getBody());
    assertThat(text).contains("THÔNG BÁO KẾT QUẢ GIẢI QUYẾT ĐƠN TỐ CÁO", "Cán bộ thu tiền sai quy định",
        "Tố cáo đúng một phần, đã xử lý kỷ luật").doesNotContain(DENOUNCER, "Gửi:", "Giấu Tên");
  }

  private void runJob(long id) {
    management.executeJob(jdbc.queryForObject("select ID_ from ACT_RU_JOB where HANDLER_TYPE_ = "
        + "'danvan-petition-answer' and HANDLER_CFG_ = ?", String.class, String.valueOf(id)));
  }

  private int issued(long id) {
    return jdbc.queryForObject("select count(*) from issued_document where kind = 'PETITION_ANSWER' "
        + "and source_key = ?", Integer.class, "petition:" + id);
  }

  private long received(String kind, String name, String subject) {
    Map<String, Object> receipt = new HashMap<>(Map.of("kind", kind, "channel", "IN_PERSON",
        "unitId", PetitionPeople.RECEIVING_UNIT, "petitionerName", name, "subject", subject,
        "content", subject + ", đề nghị xem xét"));
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "tcd-officer").post("/api/petitions", receipt);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private void complete(long id, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey("petition:" + id).singleResult().getId(),
        variables);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
          .replaceAll("\\s+", " ");
    }
  }
}
