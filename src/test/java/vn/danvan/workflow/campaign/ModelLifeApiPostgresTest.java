package vn.danvan.workflow.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.EmbeddedPostgres;
import vn.danvan.workflow.support.FixedClock;

/**
 * The whole life of one model through HTTP, as the demo users, on a real PostgreSQL 17 (a database of its own):
 * registered by commune1, approved by the board, evaluated in the 2026 campaign, recognised by the Standing
 * Committee, publicised, rewarded with a Giấy khen by the district chair, followed for replication. Tasks are
 * completed through engine-rest, as Tasklist does; each is found in the model's own view with its candidate
 * groups. Evidence files: limits, types, and who may download them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"danvan.demo.password=" + Api.PASSWORD, "danvan.admin.password=" + Api.PASSWORD,
        "danvan.evidence.max-size=300KB"})
@ActiveProfiles({"demo", "postgres"})
@Import(EmbeddedPostgres.Lease.class)
class ModelLifeApiPostgresTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
  private static final byte[] DOCX = {'P', 'K', 3, 4, 20, 0, 6, 0};

  @TempDir
  static Path evidenceDir;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgres.jdbcUrl("model_life"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    registry.add("danvan.evidence.dir", () -> evidenceDir.toString());
  }

  @Autowired
  TestRestTemplate rest;

  /** The service's clock stands still here, from before the application starts; decisions are stamped with it. */
  @RegisterExtension
  static final FixedClock NOW = FixedClock.at("2026-12-04T10:00");
  static final java.time.LocalDate TODAY = NOW.today();

  @Test
  void aModelRegisteredByCommune1IsWalkedByTheRightUsersToARecognisedPublicisedAndRewardedModel() {
    // registration: commune1 registers with its evidence, the board approves
    long id = register("Dân vận khéo trong dồn điền đổi thửa");
    assertThat(upload("commune1", id, "REGISTRATION", "MINUTES", "bien-ban-hop-chi-bo.pdf", PDF).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    complete("reviewer", task(id, "reviewer", "Task_ReviewRegistration", "ban-dan-van-huyen"),
        vars("decision", "APPROVE", "comment", "Hồ sơ đầy đủ"));
    assertThat(model(id, "commune1")).containsEntry("status", "REGISTERED")
        .containsEntry("currentStep", "Đã đăng ký, chờ đợt đánh giá hằng năm");

    // the 2026 campaign: opened by the board only, once
    ResponseEntity<Map<String, Object>> notHers = Api.as(rest, "commune1").post("/api/campaigns", Map.of("year", 2026));
    assertThat(notHers.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notHers.getHeaders().getContentType()).matches(t -> t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    ResponseEntity<Map<String, Object>> opened = Api.as(rest, "reviewer").post("/api/campaigns", Map.of("year", 2026));
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(opened.getBody()).containsEntry("year", 2026).containsEntry("openedBy", "reviewer")
        .containsEntry("modelCount", 1);
    ResponseEntity<Map<String, Object>> again = Api.as(rest, "reviewer").post("/api/campaigns", Map.of("year", 2026));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).containsEntry("title", "Đợt đánh giá đã mở");

    // evaluation: commune1 self-assesses with evidence, the board adjusts, the table rates
    String selfAssess = task(id, "commune1", "Task_SelfAssess", "xa-xuan-hong");
    assertThat(model(id, "commune1")).containsEntry("currentStep", "Tự đánh giá, kèm minh chứng");
    upload("commune1", id, "EVALUATION", "PHOTO", "hop-dan-thon-ha.png", PNG);
    complete("commune1", selfAssess, vars("creativity", 9, "effectiveness", 9, "consensus", 10,
        "sustainability", 9, "selfNote", "108/120 hộ ký cam kết"));
    // returned once through the task API (which checks the form: hidden score fields are not asked for)
    completeThroughTaskApi("reviewer", task(id, "reviewer", "Task_AdjustScores", "ban-dan-van-huyen"), "RETURN",
        Map.of("missingItems", List.of("Thiếu minh chứng kết quả (ảnh, số liệu, biên bản)")));
    assertThat(Api.as(rest, "commune1").getList("/api/models/" + id + "/evaluations").getBody().get(0))
        .containsEntry("status", "RETURNED");
    complete("commune1", task(id, "commune1", "Task_SelfAssess", "xa-xuan-hong"), vars("creativity", 9,
        "effectiveness", 9, "consensus", 10, "sustainability", 9, "selfNote", "108/120 hộ ký cam kết, có ảnh"));
    complete("reviewer", task(id, "reviewer", "Task_AdjustScores", "ban-dan-van-huyen"), vars(
        "decision", "ACCEPT", "creativity", 10, "effectiveness", 9, "consensus", 10, "sustainability", 9,
        "bonus", 8, "adjustReason", "Cách làm mới, được Nhân dân đồng tình"));
    Map<String, Object> evaluated = model(id, "commune1");
    assertThat(evaluated).containsEntry("status", "EVALUATED");
    assertThat(map(evaluated, "rating")).containsEntry("year", 2026).containsEntry("rating", "XUAT_SAC")
        .containsEntry("label", "Xuất sắc").containsEntry("evaluationStatus", "KEPT");
    assertThat(((Number) map(evaluated, "rating").get("score")).doubleValue()).isEqualTo(93.0);
    assertThat(Api.as(rest, "commune1").getList("/api/models/" + id + "/evaluations").getBody()).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("selfAssessedBy", "commune1").containsEntry("reviewedBy", "reviewer")
            .containsEntry("bonus", 8).containsEntry("status", "KEPT"));

    // recognition at district level: the board proposes with its minutes, the Standing Committee decides
    complete("reviewer", task(id, "reviewer", "Task_ProposeRecognition", "ban-dan-van-huyen"), vars(
        "proposedModels", List.of(String.valueOf(id)), "minutesNumber", "03/BB-BCĐ", "minutesDate", "2026-12-10"));
    String decideRecognition = task(id, "standing", "Task_DecideRecognition", "ban-thuong-vu-huyen");
    assertThat(Api.as(rest, "commune1").post("/engine-rest/task/" + decideRecognition + "/claim",
        Map.of("userId", "commune1")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    completeThroughTaskApi("standing", decideRecognition, "APPROVE", Map.of(
        "recognisedModels", List.of(String.valueOf(id)), "decisionNumber", "125-QĐ/HU",
        "decisionDate", "2026-12-20", "signer", "Phạm Minh Tuấn"));
    assertThat(model(id, "commune1")).containsEntry("status", "RECOGNISED");
    complete("standing", task(id, "standing", "Task_SelectOutstanding", "ban-thuong-vu-huyen"),
        vars("outstandingModels", List.of(String.valueOf(id))));

    // outstanding: publicised by the propaganda department
    complete("propaganda", task(id, "propaganda", "Task_PublicizeOutstanding", "ban-tuyen-giao-huyen"), vars(
        "channel", "Đài phát thanh, truyền thanh", "publicationTitle", "Xuân Hồng: dân vận khéo, ruộng liền bờ",
        "publishedOn", "2026-12-28"));

    // reward: commune1 sends the dossier, the council proposes a Giấy khen, the chair grants it
    String prepare = task(id, "commune1", "Task_PrepareRewardDossier", "xa-xuan-hong");
    upload("commune1", id, "REWARD", "PROPOSAL_LETTER", "to-trinh.pdf", PDF);
    long report = ((Number) upload("commune1", id, "REWARD", "ACHIEVEMENT_REPORT", "Báo cáo thành tích.docx", DOCX)
        .getBody().get("id")).longValue();
    upload("commune1", id, "REWARD", "MINUTES", "bien-ban-xet.pdf", PDF);
    complete("commune1", prepare, vars("letterNumber", "15/TTr-UBND", "achievements", "108 hộ đồng thuận"));
    completeThroughTaskApi("council", task(id, "council", "Task_ReviewRewardDossier", "hoi-dong-tdkt-huyen"),
        "APPROVE", Map.of("rewardForm", "GIAY_KHEN", "councilNote", "Nhất trí 7/7"));
    String decide = task(id, "chair", "Task_DecideReward", "chu-tich-ubnd-huyen");
    assertThat(Api.as(rest, "council").post("/engine-rest/task/" + decide + "/claim", Map.of("userId", "council"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<byte[]> dossier = Api.as(rest, "chair").download("/api/evidence/" + report);
    assertThat(dossier.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dossier.getBody()).isEqualTo(DOCX);
    assertThat(dossier.getHeaders().getContentDisposition().getFilename()).isEqualTo("Báo cáo thành tích.docx");
    complete("chair", decide, vars("decision", "GRANT", "decisionNumber", "2345/QĐ-UBND",
        "decisionDate", "2027-01-12", "signer", "Nguyễn Văn Chủ tịch"));

    // replication: the board records that Xuân Tân adopted it, and closes the follow-up
    complete("reviewer", task(id, "reviewer", "Task_TrackReplication", "ban-dan-van-huyen"), vars(
        "replicatedModel", String.valueOf(id), "adoptingUnits", List.of("xa-xuan-tan"), "adoptedOn", "2027-02-01",
        "recordMore", false));

    // adoption can also be recorded at any time, by the board only
    String yesterday = TODAY.minusDays(1).toString(); // @PastOrPresent, checked against the service's clock
    Map<String, Object> adoption = Map.of("unitId", "thi-tran-xuan-truong", "adoptedOn", yesterday);
    assertThat(Api.as(rest, "commune1").post("/api/models/" + id + "/replications", adoption).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(Api.as(rest, "reviewer").post("/api/models/" + id + "/replications", adoption).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    Map<String, Object> rewarded = model(id, "commune1");
    assertThat(rewarded).containsEntry("status", "REWARDED").containsEntry("currentStep", "Đã được khen thưởng");
    assertThat((List<?>) rewarded.get("openTasks")).isEmpty();
    assertThat(list(rewarded, "recognitions")).singleElement().satisfies(r -> assertThat(r)
        .containsEntry("number", "125-QĐ/HU").containsEntry("date", "2026-12-20").containsEntry("signer", "Phạm Minh Tuấn")
        .containsEntry("level", "cấp huyện").containsEntry("authority", "Ban Thường vụ Huyện ủy")
        .containsEntry("outstanding", true));
    assertThat(list(rewarded, "rewards")).singleElement().satisfies(r -> assertThat(r)
        .containsEntry("number", "2345/QĐ-UBND").containsEntry("date", "2027-01-12")
        .containsEntry("signer", "Nguyễn Văn Chủ tịch").containsEntry("level", "cấp huyện")
        .containsEntry("form", "GIAY_KHEN").containsEntry("formName", "Giấy khen của Chủ tịch UBND huyện")
        .containsEntry("authority", "Chủ tịch UBND huyện"));
    List<Map<String, Object>> history = Api.as(rest, "commune1").getList("/api/models/" + id + "/history").getBody();
    assertThat(history).extracting(d -> d.get("decision") + " " + d.get("actor")).containsExactly(
        "APPROVE reviewer", "SELF_ASSESS commune1", "RETURN reviewer", "SELF_ASSESS commune1", "ADJUST reviewer", "RATE reviewer", "KEEP reviewer",
        "PROPOSE reviewer", "RECOGNISE standing", "SELECT_OUTSTANDING standing", "PUBLICISE propaganda",
        "SUBMIT commune1", "APPROVE council", "REWARD chair", "REPLICATE reviewer", "REPLICATE reviewer");
    assertThat(Api.as(rest, "commune1").getList("/api/models/" + id + "/replications").getBody())
        .extracting(r -> r.get("unitName") + " " + r.get("adoptedOn"))
        .containsExactlyInAnyOrder("Xã Xuân Tân 2027-02-01", "Thị trấn Xuân Trường " + yesterday);
    // the decisions feed the periodic report (issue 6) as they are taken
    String thisYear = String.valueOf(TODAY.getYear());
    List<Map<String, Object>> indicators = list(Api.as(rest, "reviewer").get("/api/reports/" + thisYear).getBody(),
        "indicators");
    assertThat(indicators).filteredOn(i -> List.of("RECOGNISED", "OUTSTANDING", "REPLICATED", "REWARDED")
        .contains(i.get("code"))).extracting(i -> i.get("code") + " " + i.get("total"))
        .containsExactly("RECOGNISED 1", "OUTSTANDING 1", "REPLICATED 1", "REWARDED 1");
    assertThat(Api.as(rest, "commune1").getList("/api/models/" + id + "/evidence").getBody()).hasSize(5);
    // the follow-ups meet, the round and the campaign close through jobs (several people may finish at once)
    awaitTrue(() -> Api.as(rest, "reviewer").get("/api/campaigns/2026").getBody().containsKey("closedAt"));

    // the chair saw the model only while its decision was his to take
    assertThat(Api.as(rest, "chair").get("/api/models/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "commune2").get("/api/models/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void evidenceIsCheckedOnItsBytesAndItsSize() {
    long id = register("Mô hình thử minh chứng");
    Api commune = Api.as(rest, "commune1");

    ResponseEntity<Map<String, Object>> renamed = upload("commune1", id, "REGISTRATION", "OTHER", "bao-cao.pdf",
        "MZ not a pdf".getBytes(StandardCharsets.UTF_8));
    assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(renamed.getBody()).containsEntry("title", "Loại tệp không được nhận");
    assertThat(upload("commune1", id, "REGISTRATION", "OTHER", "setup.exe", PDF).getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(upload("commune1", id, "REGISTRATION", "OTHER", "rong.pdf", new byte[0]).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    byte[] big = Arrays.copyOf(PDF, 300 * 1024 + 1);
    ResponseEntity<Map<String, Object>> tooBig = upload("commune1", id, "REGISTRATION", "OTHER", "lon.pdf", big);
    assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(tooBig.getBody()).containsEntry("title", "Tệp quá lớn");
    assertThat((String) tooBig.getBody().get("detail")).contains("300 KB");
    assertThat(upload("commune1", id, "REGISTRATION", "OTHER", "vua.pdf", Arrays.copyOf(PDF, 300 * 1024))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(commune.getList("/api/models/" + id + "/evidence").getBody()).singleElement()
        .satisfies(f -> assertThat(f).containsEntry("fileName", "vua.pdf").containsEntry("contentType", "application/pdf")
            .containsEntry("size", 300 * 1024));
  }

  @Test
  void evidenceIsUploadedAndDownloadedOnlyByThoseAllowed() {
    long id = register("Mô hình có minh chứng riêng");
    long file = ((Number) upload("commune1", id, "REGISTRATION", "MINUTES", "Biên bản họp.pdf", PDF).getBody()
        .get("id")).longValue();

    ResponseEntity<byte[]> byBoard = Api.as(rest, "reviewer").download("/api/evidence/" + file);
    assertThat(byBoard.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byBoard.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(byBoard.getHeaders().getContentDisposition().getFilename()).isEqualTo("Biên bản họp.pdf");
    assertThat(byBoard.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

    assertThat(Api.as(rest, "commune2").download("/api/evidence/" + file).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(Api.as(rest, "commune2").get("/api/models/" + id + "/evidence").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(upload("commune2", id, "REGISTRATION", "OTHER", "mao-danh.pdf", PDF).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // the propaganda department sees the district's models but has nothing to attach to this one
    assertThat(upload("propaganda", id, "REGISTRATION", "OTHER", "bai-bao.pdf", PDF).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // the board holds its review task: it may attach its own notes
    assertThat(upload("reviewer", id, "REGISTRATION", "OTHER", "ghi-chu-tham-dinh.pdf", PDF).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(Api.anonymous(rest).download("/api/evidence/" + file).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void authoritiesAreDataEveryoneMayReadAndOnlyAdministratorsChange() {
    List<Map<String, Object>> authorities = Api.as(rest, "commune1").getList("/api/authorities").getBody();
    assertThat(authorities).extracting(a -> a.get("power") + " " + a.get("levelName") + " " + a.get("actorGroup"))
        .contains("RECOGNISE cấp huyện ban-thuong-vu-huyen", "REWARD cấp huyện chu-tich-ubnd-huyen",
            "REWARD cấp tỉnh chu-tich-ubnd-tinh");
    Map<String, Object> commune = Map.of("areaId", "xa-xuan-hong", "levelName", "cấp xã", "power", "REWARD",
        "actorGroup", "chu-tich-ubnd-xa-xuan-hong", "actorTitle", "Chủ tịch UBND xã", "rewardForm", "GIAY_KHEN_XA",
        "rewardFormName", "Giấy khen của Chủ tịch UBND xã");
    assertThat(Api.as(rest, "reviewer").post("/api/authorities", commune).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> added = Api.as(rest, "admin").post("/api/authorities", commune);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    rest.withBasicAuth("admin", Api.PASSWORD).delete("/api/authorities/" + added.getBody().get("id"));
    assertThat(Api.as(rest, "commune1").getList("/api/authorities").getBody()).hasSameSizeAs(authorities);
  }

  private long register(String name) {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "commune1").post("/api/models",
        Api.registration("xa-xuan-hong", name));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private ResponseEntity<Map<String, Object>> upload(String user, long id, String stage, String kind, String fileName,
      byte[] content) {
    return Api.as(rest, user).upload("/api/models/" + id + "/evidence", fileName, content,
        Map.of("stage", stage, "kind", kind));
  }

  private Map<String, Object> model(long id, String user) {
    ResponseEntity<Map<String, Object>> found = Api.as(rest, user).get("/api/models/" + id);
    assertThat(found.getStatusCode()).as("%s sees model %s", user, id).isEqualTo(HttpStatus.OK);
    return found.getBody();
  }

  /**
   * The open task of that step, as the model's view shows it to the user who will do it, for that group only.
   * Waits a little: where several people's work meets (a campaign's evaluations), the next step starts in a job.
   */
  private String task(long id, String user, String step, String group) {
    awaitTrue(() -> list(model(id, user), "openTasks").stream().anyMatch(t -> step.equals(t.get("step"))));
    List<Map<String, Object>> open = list(model(id, user), "openTasks");
    Map<String, Object> task = open.stream().filter(t -> step.equals(t.get("step"))).findFirst().orElseThrow();
    assertThat(task.get("candidateGroups")).as(step).asList().containsExactly(group);
    return (String) task.get("id");
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still not done after 60 s");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** As Tasklist does it: claim, then complete (engine authorization lets only the task's groups claim it). */
  private void complete(String user, String taskId, Map<String, Object> variables) {
    assertThat(Api.as(rest, user).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user))
        .getStatusCode()).as("%s claims %s", user, taskId).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> done = Api.as(rest, user).post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", variables));
    assertThat(done.getStatusCode()).as("%s completes %s: %s", user, taskId, done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Through the task API (issue 4): claim, then complete with the decision and the form's fields. */
  private void completeThroughTaskApi(String user, String taskId, String decision, Map<String, Object> variables) {
    assertThat(Api.as(rest, user).post("/api/tasks/" + taskId + "/claim", Map.of()).getStatusCode())
        .as("%s claims %s", user, taskId).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> done = Api.as(rest, user).post("/api/tasks/" + taskId + "/complete",
        Map.of("decision", decision, "variables", variables));
    assertThat(done.getStatusCode()).as("%s completes %s: %s", user, taskId, done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Variables as Tasklist submits them: a checklist as a Json array, the rest as plain values. */
  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      variables.put((String) pairs[i], value instanceof List<?> list
          ? Map.of("type", "Json", "value", json(list)) : Map.of("value", value));
    }
    return variables;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> body, String key) {
    return (Map<String, Object>) body.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }
}
