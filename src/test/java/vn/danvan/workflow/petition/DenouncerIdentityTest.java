package vn.danvan.workflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
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

/**
 * A denouncer's identity (Luật Tố cáo 2018, art. 47–48): through our API and the portal only the handling officer
 * (whoever holds the petition's task) and the leaders of the unit handling it read it; the receiving officer once the
 * task moved on, colleagues, the chair of another body and other units do not; engine-rest, Tasklist and the task
 * page cannot, because it is never a process variable; every attempt is logged with its answer.
 */
class DenouncerIdentityTest extends ServiceOnH2 {

  private static final String NAME = "Trần Văn Tố Giác";
  private static final String PHONE = "0987 654 321";
  private static final String ADDRESS = "Xóm Bí Mật, xã Xuân Hồng";

  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  IdentityReadRepository reads;
  @Autowired
  TestRestTemplate rest;
  @LocalServerPort
  int port;

  long id;
  Task settle;

  @BeforeEach
  void aDenunciationAcceptedAndHeldByTheHandlingOfficer() {
    PetitionPeople.create(identity);
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "tcd-officer").post("/api/petitions", Map.of(
        "kind", "TO_CAO", "channel", "IN_PERSON", "unitId", PetitionPeople.RECEIVING_UNIT, "petitionerName", NAME,
        "petitionerContact", PHONE, "petitionerAddress", ADDRESS, "subject", "Cán bộ địa chính nhận tiền",
        "content", "Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục cấp giấy chứng nhận"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    id = ((Number) created.getBody().get("id")).longValue();
    Task accept = tasks.createTaskQuery().processInstanceBusinessKey("petition:" + id).singleResult();
    tasks.claim(accept.getId(), "tcd-officer");
    assertThat(petitioner("tcd-officer")).as("the officer holding the acceptance").isEqualTo(HttpStatus.OK);
    tasks.complete(accept.getId(), Map.of("decision", "ACCEPT", "handlingUnitId", PetitionPeople.DEPARTMENT,
        "complexity", "NORMAL"));
    settle = tasks.createTaskQuery().processInstanceBusinessKey("petition:" + id).singleResult();
    assertThat(settle.getTaskDefinitionKey()).isEqualTo(PetitionProcess.SETTLE_DENUNCIATION);
    tasks.claim(settle.getId(), "tcd-handler");
  }

  private HttpStatus petitioner(String user) {
    return HttpStatus.valueOf(Api.as(rest, user).status("/api/petitions/" + id + "/petitioner").value());
  }

  @Test
  void onlyTheHandlingOfficerAndTheirLeaderReadItThroughTheApiAndEachReadIsLogged() {
    assertThat(Api.as(rest, "tcd-handler").get("/api/petitions/" + id + "/petitioner").getBody())
        .containsEntry("name", NAME).containsEntry("contact", PHONE).containsEntry("address", ADDRESS);
    assertThat(petitioner("tcd-leader")).isEqualTo(HttpStatus.OK);
    assertThat(petitioner("tcd-officer")).as("the receiving officer, task moved on").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(petitioner("tcd-colleague")).as("a colleague of the department").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(petitioner("chair")).as("the district chair, not the department's leader")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(petitioner("commune2")).as("another unit").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(petitioner("admin")).as("an administrator").isNotEqualTo(HttpStatus.OK);

    assertThat(reads.findByPetitionIdOrderByReadAtAscIdAsc(id))
        .extracting(IdentityRead::getReader, IdentityRead::isGranted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tcd-officer", true),
            org.assertj.core.groups.Tuple.tuple("tcd-handler", true),
            org.assertj.core.groups.Tuple.tuple("tcd-leader", true),
            org.assertj.core.groups.Tuple.tuple("tcd-officer", false),
            org.assertj.core.groups.Tuple.tuple("tcd-colleague", false),
            org.assertj.core.groups.Tuple.tuple("chair", false),
            org.assertj.core.groups.Tuple.tuple("commune2", false),
            org.assertj.core.groups.Tuple.tuple("admin", false));
    for (String user : List.of("tcd-handler", "tcd-officer", "tcd-leader")) {
      assertThat(Api.as(rest, user).raw("/api/petitions/" + id).getBody()).as(user).doesNotContain(NAME, PHONE);
      assertThat(Api.as(rest, user).raw("/api/petitions").getBody()).as(user).doesNotContain(NAME, PHONE);
    }
  }

  @Test
  void engineRestTasklistAndTheTaskPageCannotSeeItBecauseItIsNeverAVariable() {
    String instance = settle.getProcessInstanceId();
    for (String path : List.of("/engine-rest/task/" + settle.getId() + "/variables",
        "/engine-rest/task/" + settle.getId() + "/form-variables")) {
      ResponseEntity<String> answer = Api.as(rest, "tcd-handler").raw(path);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).as(path).contains("Cán bộ địa chính").doesNotContain(NAME, PHONE, ADDRESS);
    }
    for (String path : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + instance,
        "/engine-rest/history/variable-instance?processInstanceId=" + instance,
        "/engine-rest/history/detail?processInstanceId=" + instance)) {
      ResponseEntity<String> answer = Api.as(rest, "admin").raw(path);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(answer.getBody()).as(path).contains("Cán bộ địa chính").doesNotContain(NAME, PHONE, ADDRESS);
    }
    assertThat(PortalSession.signedIn(port, "tcd-handler").get("/viec/" + settle.getId()).body())
        .contains("Cán bộ địa chính").doesNotContain(NAME, PHONE, ADDRESS);
  }

  @Test
  void thePortalShowsItOnlyToTheHandlingOfficerAndTheirLeaderAndLogsEachRead() {
    String page = "/tiep-cong-dan/" + id;
    PortalSession colleague = PortalSession.signedIn(port, "tcd-colleague");
    HttpResponse<String> seen = colleague.get(page);
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(seen.body()).contains("Cán bộ địa chính").doesNotContain(NAME, PHONE, "Xem thông tin người gửi");
    assertThat(colleague.post(page + "/nguoi-gui", Map.of()).statusCode()).isEqualTo(403);

    for (String user : List.of("tcd-handler", "tcd-leader")) {
      PortalSession reader = PortalSession.signedIn(port, user);
      HttpResponse<String> before = reader.get(page);
      assertThat(before.body()).as(user).contains("Xem thông tin người gửi").doesNotContain(NAME);
      HttpResponse<String> shown = reader.post(page + "/nguoi-gui", Map.of());
      assertThat(shown.statusCode()).as(user).isEqualTo(200);
      assertThat(shown.body()).as(user).contains(NAME, PHONE, ADDRESS);
    }
    PortalSession otherUnit = PortalSession.signedIn(port, "commune2");
    assertThat(otherUnit.get(page).statusCode()).isEqualTo(404);
    assertThat(otherUnit.get("/tiep-cong-dan").statusCode()).isEqualTo(200); // for its CSRF token
    assertThat(otherUnit.post(page + "/nguoi-gui", Map.of()).statusCode()).isEqualTo(404);
    assertThat(reads.findByPetitionIdOrderByReadAtAscIdAsc(id))
        .extracting(IdentityRead::getReader, IdentityRead::isGranted)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("tcd-officer", true),
            org.assertj.core.groups.Tuple.tuple("tcd-colleague", false),
            org.assertj.core.groups.Tuple.tuple("tcd-handler", true),
            org.assertj.core.groups.Tuple.tuple("tcd-leader", true));
  }
}
