package vn.danvan.workflow.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;
import vn.danvan.workflow.support.VietnamClock;
import vn.danvan.workflow.web.ApiException;

/**
 * Receiving a petition gives a hard-to-guess tracking code and starts its process; the public status tells the stage
 * and due date and nothing personal; bad input is a 4xx that stores nothing; the desk page and API record for the
 * caller's own units only.
 */
class PetitionsTest extends ServiceOnH2 {

  private static final String NAME = "Nguyễn Thị Khiếu Nại";

  @Autowired
  Petitions petitions;
  @Autowired
  PetitionRepository rows;
  @Autowired
  PetitionCounts counts;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  TestRestTemplate rest;
  @LocalServerPort
  int port;

  @BeforeEach
  void people() {
    PetitionPeople.create(identity);
  }

  private PetitionReceipt complaint(String content) {
    return new PetitionReceipt(PetitionKind.KHIEU_NAI, PetitionChannel.ONLINE, PetitionPeople.RECEIVING_UNIT, NAME,
        "0912 345 678", "Xóm 2, xã Xuân Hồng", "Khiếu nại quyết định thu hồi đất", content);
  }

  @Test
  void aReceivedPetitionHasATrackingCodeAndItsProcessWithTheLawsClock() {
    Petition petition = petitions.receive(complaint("Đề nghị xem xét lại quyết định số 12/QĐ-UBND"));

    assertThat(petition.getTrackingCode()).hasSize(12).matches("[" + TrackingCodes.ALPHABET + "]+");
    assertThat(petition.getProcessInstanceId()).isNotNull();
    Task accept = tasks.createTaskQuery().processInstanceBusinessKey("petition:" + petition.getId()).singleResult();
    assertThat(accept.getTaskDefinitionKey()).isEqualTo(PetitionProcess.ACCEPT_COMPLAINT);
    // received Fri 20/11/2026: 10 days = Mon 30/11
    assertThat(accept.getDueDate()).isEqualTo(VietnamClock.at("2026-11-30T17:00"));
    assertThat(petitions.receive(complaint("Một đơn khác")).getTrackingCode()).isNotEqualTo(petition.getTrackingCode());
  }

  @Test
  void thePublicStatusShowsTheStageAndDueDateAndNothingPersonal() {
    Petition petition = petitions.receive(complaint("Nội dung riêng tư của người khiếu nại"));
    String code = petition.getTrackingCode();
    String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4, 8) + " " + code.substring(8);

    PetitionStatus status = petitions.publicStatus(typed).orElseThrow();

    assertThat(status).isEqualTo(new PetitionStatus(code, PetitionKind.KHIEU_NAI, LocalDate.of(2026, 11, 20),
        PetitionStage.RECEIVED.label(), LocalDate.of(2026, 11, 30), false));
    assertThat(status.toString()).doesNotContain(NAME, "0912", "Xóm 2", "riêng tư", "thu hồi đất");
    assertThat(petitions.publicStatus("AAAAAAAAAAAA")).isEmpty();
    assertThat(petitions.publicStatus("<script>")).isEmpty();
    assertThat(petitions.publicStatus(null)).isEmpty();
  }

  @Test
  void badInputIsRefusedAndStoresNothing() {
    long before = rows.count();
    for (PetitionReceipt bad : new PetitionReceipt[] {
        complaint("x".repeat(Petitions.CONTENT_MAX + 1)),
        complaint("chữ\u0000rỗng"),
        complaint("  "),
        new PetitionReceipt(PetitionKind.TO_CAO, PetitionChannel.ONLINE, "khong-co-don-vi", NAME, null, null, "A", "B"),
        new PetitionReceipt(PetitionKind.TO_CAO, PetitionChannel.ONLINE, PetitionPeople.RECEIVING_UNIT, " ", null,
            null, "A", "B"),
        new PetitionReceipt(null, PetitionChannel.ONLINE, PetitionPeople.RECEIVING_UNIT, NAME, null, null, "A", "B")}) {
      assertThatThrownBy(() -> petitions.receive(bad)).isInstanceOfSatisfying(ApiException.class,
          refused -> assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }
    assertThat(rows.count()).isEqualTo(before);
  }

  @Test
  void theCountsTellReceivedOnTimeLateOverdueByUnitAndKind() {
    LocalDate day = LocalDate.of(2026, 11, 20);
    LocalDate later = LocalDate.of(2026, 12, 28);
    PetitionCounts.Row before = complaintsOf(counts.count(java.util.Set.of(PetitionPeople.RECEIVING_UNIT), day, day,
        later));
    Petition onTime = petitions.receive(complaint("Giải quyết đúng hạn"));
    Petition open = petitions.receive(complaint("Chưa thụ lý"));
    Petition sent = petitions.receive(complaint("Chuyển đơn"));
    Petition late = petitions.receive(complaint("Giải quyết muộn"));
    accept(onTime);
    settle(onTime);
    complete(sent, Map.of("decision", "REFER", "referTo", "Thanh tra tỉnh"));
    accept(late); // due 30 days later, Sun 20/12 → Mon 21/12
    VietnamClock.set("2026-12-28T09:00");
    settle(late);

    PetitionCounts.Row after = complaintsOf(counts.count(java.util.Set.of(PetitionPeople.RECEIVING_UNIT), day, day,
        later));
    assertThat(after.received() - before.received()).isEqualTo(4);
    assertThat(after.settledOnTime() - before.settledOnTime()).isEqualTo(1);
    assertThat(after.settledLate() - before.settledLate()).isEqualTo(1);
    assertThat(after.overdue() - before.overdue()).isEqualTo(1);
    assertThat(after.closedOtherwise() - before.closedOtherwise()).isEqualTo(1);
    assertThat(rows.findById(open.getId()).orElseThrow().getStage()).isEqualTo(PetitionStage.RECEIVED);

    assertThat(Api.as(rest, "tcd-officer").getList("/api/petitions/counts?from=2026-11-01&to=2026-11-30").getBody())
        .anySatisfy(row -> assertThat(row).containsEntry("unitId", PetitionPeople.RECEIVING_UNIT)
            .containsEntry("kind", "KHIEU_NAI"));
    assertThat(Api.as(rest, "commune2").getList("/api/petitions/counts?from=2026-11-01&to=2026-11-30").getBody())
        .noneSatisfy(row -> assertThat(row).containsEntry("unitId", PetitionPeople.RECEIVING_UNIT));
    assertThat(Api.as(rest, "tcd-officer").status("/api/petitions/counts?from=2026-11-30&to=2026-11-01"))
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private static PetitionCounts.Row complaintsOf(java.util.List<PetitionCounts.Row> rows) {
    return rows.stream().filter(r -> r.kind() == PetitionKind.KHIEU_NAI).findFirst()
        .orElse(new PetitionCounts.Row(PetitionPeople.RECEIVING_UNIT, PetitionKind.KHIEU_NAI, 0, 0, 0, 0, 0, 0));
  }

  private void accept(Petition petition) {
    complete(petition, Map.of("decision", "ACCEPT", "handlingUnitId", PetitionPeople.DEPARTMENT,
        "complexity", "NORMAL", "remoteArea", false));
  }

  private void settle(Petition petition) {
    complete(petition, Map.of("decision", "SETTLE", "outcome", "Đã giải quyết"));
  }

  private void complete(Petition petition, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey("petition:" + petition.getId()).singleResult()
        .getId(), variables);
  }

  @Test
  void theDeskRecordsForItsOwnUnitsOnly() {
    Map<String, Object> receipt = new HashMap<>(Map.of("kind", "KIEN_NGHI", "channel", "PHONE",
        "unitId", PetitionPeople.RECEIVING_UNIT, "petitionerName", NAME, "subject", "Đèn đường hỏng",
        "content", "Đèn đường thôn 3 hỏng đã hai tháng"));
    assertThat(Api.as(rest, "commune2").post("/api/petitions", receipt).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "tcd-officer").post("/api/petitions", receipt);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) created.getBody().get("id")).longValue();
    assertThat(Api.as(rest, "tcd-officer").get("/api/petitions/" + id).getBody())
        .containsEntry("stageLabel", PetitionStage.RECEIVED.label()).doesNotContainValue(NAME);
    assertThat(Api.as(rest, "commune2").status("/api/petitions/" + id)).isEqualTo(HttpStatus.NOT_FOUND);
    receipt.put("content", "x".repeat(Petitions.CONTENT_MAX + 1));
    assertThat(Api.as(rest, "tcd-officer").post("/api/petitions", receipt).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theDeskPageRecordsAPetitionAndListsIt() {
    PortalSession desk = PortalSession.signedIn(port, "tcd-officer");
    assertThat(desk.get("/tiep-cong-dan").body()).contains("Ghi nhận đơn", "UBND huyện Xuân Trường");

    Map<String, String> form = new HashMap<>(Map.of("kind", "PHAN_ANH", "channel", "IN_PERSON",
        "unitId", PetitionPeople.RECEIVING_UNIT, "petitionerName", NAME, "subject", "<script>alert(1)</script>",
        "content", ""));
    HttpResponse<String> refused = desk.post("/tiep-cong-dan", form);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Nhập nội dung").doesNotContain("<script>alert(1)</script>");

    form.put("content", "Rác thải đổ bừa bãi ven sông");
    HttpResponse<String> recorded = desk.post("/tiep-cong-dan", form);
    assertThat(recorded.statusCode()).isEqualTo(302);
    String page = recorded.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> shown = desk.get(page.substring(page.indexOf("/tiep-cong-dan")));
    assertThat(shown.body()).contains("Đã ghi nhận đơn", "Phản ánh", "&lt;script&gt;").doesNotContain(NAME);
    assertThat(desk.get("/tiep-cong-dan").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    String id = page.substring(page.lastIndexOf('/') + 1);
    Task sort = tasks.createTaskQuery().processInstanceBusinessKey("petition:" + id).singleResult();
    assertThat(desk.get("/viec/" + sort.getId()).body()).as("the task page renders the petition's form")
        .contains("Phân loại, quyết định xử lý đơn", "Giao phòng ban xử lý", "Chuyển cơ quan có thẩm quyền")
        .doesNotContain(NAME);
    assertThat(PortalSession.signedIn(port, "commune2").get(page.substring(page.indexOf("/tiep-cong-dan")))
        .statusCode()).isEqualTo(404);
  }
}
