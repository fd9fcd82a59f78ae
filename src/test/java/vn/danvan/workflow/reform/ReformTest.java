package vn.danvan.workflow.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.evaluation.EvaluationProcess;
import vn.danvan.workflow.model.ModelDecision;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.petition.Petition;
import vn.danvan.workflow.petition.PetitionChannel;
import vn.danvan.workflow.petition.PetitionKind;
import vn.danvan.workflow.petition.PetitionReceipt;
import vn.danvan.workflow.petition.Petitions;
import vn.danvan.workflow.reward.RewardProcess;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The reform on a district of the test's own (see {@link ReformFixture}): models in several statuses, open tasks of
 * the registration and directive processes with their reminder jobs, past and current report figures. The dry run
 * lists everything and changes nothing; the execution hands every open task to the new commune (engine candidate
 * group = Tasklist, and our /api/tasks), the reminder fires once for the new unit, the past quarter's report is
 * unchanged while the current one counts the new commune, the old units are closed naming their successor.
 */
class ReformTest extends ServiceOnH2 {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ApplicationContext context;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  UnitRepository units;
  @Autowired
  ModelDecisionRepository decisions;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RuntimeService runtime;
  @Autowired
  Petitions petitions;

  @Test
  void theDryRunChangesNothingAndTheExecutionHandsEverythingToTheNewCommune() {
    ReformFixture f = ReformFixture.build(context, "t");
    String d = "xa-sx-t-moi";
    String dName = "Xã thử t mới";
    long pastA = ReformFixture.approved(context, f.a, "2026-08-10T09:00");
    ReformFixture.approved(context, f.b, "2026-09-15T09:00");
    ReformFixture.approved(context, f.b, "2026-11-02T09:00"); // this quarter, before the reform: stays B's
    long returned = register(f.user("a"), f.a, "Mô hình trả lại để bổ sung");
    tasks.complete(task(returned, "Task_ReviewRegistration").getId(),
        Map.of("decision", "RETURN", "missingItems", List.of("Thiếu minh chứng")));
    String revise = task(returned, "Task_ReviseRegistration").getId();
    long submitted = register(f.user("c"), f.c, "Mô hình chờ thẩm định");
    String review = task(submitted, "Task_ReviewRegistration").getId(); // the board's, listed under C
    jdbc.update("""
        insert into evidence_file (model_id, stage, document_kind, file_name, content_type, size_bytes, sha256,
          storage_key, uploaded_by, uploaded_at) values (?, 'REGISTRATION', 'OTHER', 'anh.jpg', 'image/jpeg', 1, 'x',
          'k', 'fixture', current_timestamp)""", submitted);
    long directive = issueDirective(f);
    List<String> plans = tasks.createTaskQuery().taskDefinitionKey("Task_SubmitPlan")
        .taskCandidateGroupIn(List.of(f.a, f.b)).list().stream().map(Task::getId).toList();
    assertThat(plans).hasSize(2);
    List<String> open = new ArrayList<>(plans);
    open.add(revise);
    List<String> listedUnderTheCommunes = new ArrayList<>(open);
    listedUnderTheCommunes.add(review);
    long reminderJobs = reminderJobs(listedUnderTheCommunes).size();
    assertThat(reminderJobs(List.of(revise))).hasSize(1);
    Map<String, Object> pastQuarter = report(f, "2026-Q3");
    assertThat(byUnit(pastQuarter)).containsEntry(f.name(f.a), 1).containsEntry(f.name(f.b), 1);
    long auditBefore = audits("reform");

    Map<String, Object> plan = Map.of("effectiveOn", "2026-11-20", "dissolvedDistrictId", f.district,
        "mergers", List.of(Map.of("sourceIds", f.communes(), "newUnitId", d, "newUnitName", dName)));
    ResponseEntity<Map<String, Object>> dryRun = Api.as(rest, "admin").post("/api/admin/reform/plan", plan);
    assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> counts = map(dryRun.getBody(), "counts");
    assertThat(counts).containsEntry("MODEL", 5).containsEntry("EVIDENCE", 1).containsEntry("TASK", 4)
        .containsEntry("REMINDER_JOB", (int) reminderJobs).containsEntry("MEMBERSHIP", 3)
        .containsEntry("ASSIGNMENT", 1).containsEntry("DIRECTIVE_TASK", 1).containsEntry("AUTHORITY", 1)
        .containsEntry("KEPT", 2); // B's assignment and task lead: the new commune took A's
    assertThat((Integer) counts.get("VARIABLE")).isGreaterThanOrEqualTo(4);
    assertThat(list(dryRun.getBody(), "units")).extracting(u -> u.get("action") + " " + u.get("unitId"))
        .contains("CREATE " + d, "CLOSE " + f.a, "CLOSE " + f.b, "CLOSE " + f.c, "CLOSE " + f.district,
            "PLACE_UNDER " + f.board, "OVERSEE " + f.board);
    assertThat(list(dryRun.getBody(), "moves")).filteredOn(m -> m.get("kind").equals("TASK"))
        .extracting(m -> m.get("id")).containsExactlyInAnyOrderElementsOf(listedUnderTheCommunes);
    // ... and nothing changed
    assertThat(units.existsById(d)).isFalse();
    assertThat(units.findById(f.a).orElseThrow().isClosed()).isFalse();
    assertThat(tasks.createTaskQuery().taskCandidateGroup(f.a).count()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select unit_id from mobilization_model where id = ?", String.class, pastA))
        .isEqualTo(f.a);
    assertThat(audits("reform")).isEqualTo(auditBefore);

    ResponseEntity<Map<String, Object>> executed = Api.as(rest, "admin").post("/api/admin/reform/execute", plan);
    assertThat(executed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(executed.getBody()).containsEntry("executed", true);
    assertThat(map(executed.getBody(), "counts")).isEqualTo(counts);

    // the units: old ones closed with their successor, the district's body under the province
    for (String old : f.communes()) {
      Unit closed = units.findById(old).orElseThrow();
      assertThat(closed.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
      assertThat(closed.getSuccessorId()).isEqualTo(d);
    }
    assertThat(units.findById(f.district).orElseThrow().getSuccessorId()).isEqualTo(f.province);
    assertThat(units.findById(f.board).orElseThrow()).satisfies(board -> {
      assertThat(board.getParentId()).isEqualTo(f.province);
      assertThat(board.getOverseesId()).isEqualTo(f.province);
    });
    assertThat(units.findById(d).orElseThrow().getParentId()).isEqualTo(f.province);
    assertThat(identity.createGroupQuery().groupId(d).count()).isEqualTo(1);
    assertThat(identity.createUserQuery().memberOfGroup(d).list()).extracting(u -> u.getId())
        .containsExactlyInAnyOrder(f.user("a"), f.user("b"), f.user("c"));
    assertThat(jdbc.queryForObject("select count(*) from mobilization_model where unit_id = ?", Long.class, d))
        .isEqualTo(5);
    assertThat(jdbc.queryForObject("select area_id from authority where id = ?", String.class, f.authorityId))
        .isEqualTo(f.province);
    assertThat(audits("reform")).isEqualTo(auditBefore + 1);
    assertThat(audits("unit")).isGreaterThanOrEqualTo(6);

    // every open task: the new commune's users find it in the engine (as Tasklist asks) and through our API
    ReformFixture.user(identity, f.user("d"), d);
    assertThat(tasks.createTaskQuery().taskCandidateUser(f.user("d")).list()).extracting(Task::getId)
        .containsAll(open);
    assertThat(tasks.createTaskQuery().taskCandidateGroupIn(f.communes()).count()).isZero();
    // a signed-in member keeps the groups of the sign-in for danvan.security.authentication-cache (60 s)
    ClockUtil.setCurrentTime(java.util.Date.from(NOW.now().plusMinutes(2).toInstant()));
    for (String user : List.of(f.user("d"), f.user("a"))) {
      List<Map<String, Object>> listed = list(Api.as(rest, user).get("/api/tasks?size=200").getBody(), "content");
      assertThat(listed).as(user).filteredOn(t -> open.contains(t.get("id"))).hasSize(3)
          .allSatisfy(t -> assertThat(t).containsEntry("unitId", d).containsEntry("unitName", dName));
    }
    assertThat(tasks.getVariableLocal(revise, "tasklistUnitName")).isEqualTo(dName);
    assertThat(list(Api.as(rest, f.user("board")).get("/api/tasks?size=200").getBody(), "content"))
        .filteredOn(t -> t.get("id").equals(review)).singleElement().satisfies(t -> assertThat(t)
            .containsEntry("unitId", d).containsEntry("unitName", dName));

    // a later step works for the new commune: its plan is recorded on the assignment it took over
    String planOfA = plans.stream().filter(id -> tasks.getVariable(id, "unitId").equals(d)).findFirst().orElseThrow();
    tasks.complete(planOfA, Map.of("planNumber", "01-KH/XM", "planSummary", "Kế hoạch của xã mới"));
    assertThat(jdbc.queryForObject("select plan_number from directive_assignment where directive_id = ? and unit_id = ?",
        String.class, directive, d)).isEqualTo("01-KH/XM");

    // reports: the past quarter as it was; this quarter B keeps what it did before the reform, the new commune
    // counts what happens after
    assertThat(report(f, "2026-Q3").get("byUnit")).isEqualTo(pastQuarter.get("byUnit"));
    assertThat(report(f, "2026-Q3").get("indicators")).isEqualTo(pastQuarter.get("indicators"));
    decisions.save(new ModelDecision(pastA, "fixture", "RECOGNISE", "RECOGNISE", null, "fixture",
        ReformFixture.at("2026-11-20T11:00")));
    Map<String, Object> thisQuarter = report(f, "2026-Q4");
    assertThat(list(thisQuarter, "byUnit")).extracting(r -> List.of(r.get("label"), r.get("registered"),
        r.get("recognised"))).contains(List.of(f.name(f.b), 1, 0), List.of(dName, 0, 1));

    // the reminder of the returned registration: one job still, fired once, to the new commune
    List<Job> reminder = reminderJobs(List.of(revise));
    assertThat(reminder).hasSize(1);
    ClockUtil.setCurrentTime(reminder.get(0).getDuedate());
    management.executeJob(reminder.get(0).getId());
    String reminders = "select count(*) from notification where task_id = ? and recipient_group = ?"
        + " and kind in ('BEFORE_DUE', 'ON_DUE')";
    assertThat(jdbc.queryForObject(reminders, Long.class, revise, d)).isEqualTo(1);
    assertThat(jdbc.queryForObject(reminders, Long.class, revise, f.a)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from reminder_log where task_id = ?", Long.class, revise))
        .isEqualTo(1);

    // a closed unit cannot be planned again: a readable refusal
    ResponseEntity<Map<String, Object>> again = Api.as(rest, "admin").post("/api/admin/reform/plan", plan);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody().get("detail").toString()).contains("Huyện thử t", "đã giải thể");
  }

  @Test
  void openTasksOfTheEvaluationRewardAndPetitionProcessesAreWorkableByTheNewCommune() {
    ReformFixture f = ReformFixture.build(context, "e");
    String d = "xa-sx-e-moi";
    String dName = "Xã thử e mới";
    long model = ReformFixture.approved(context, f.b, "2026-03-10T09:00");
    String selfAssess = runtime.startProcessInstanceByKey(EvaluationProcess.KEY, "model:" + model,
        Map.of("year", 2026)).getId();
    String selfAssessTask = tasks.createTaskQuery().processInstanceId(selfAssess)
        .taskDefinitionKey(EvaluationProcess.SELF_ASSESS_TASK).singleResult().getId();
    Petition petition = petitions.receive(new PetitionReceipt(PetitionKind.PHAN_ANH, PetitionChannel.IN_PERSON, f.c,
        "Nguyễn Văn Thử", null, null, "Đường làng ngập nước", "Đoạn đường thôn 3 ngập sau mưa."));
    String sort = tasks.createTaskQuery().processInstanceBusinessKey("petition:" + petition.getId())
        .taskDefinitionKey("Task_SortFeedback").singleResult().getId();
    assertThat(tasks.createTaskQuery().taskCandidateGroup(f.c).taskId(sort).count()).isEqualTo(1);
    long rewarded = ReformFixture.approved(context, f.a, "2026-03-11T09:00");
    String reward = runtime.startProcessInstanceByKey(RewardProcess.KEY, "model:" + rewarded,
        Map.of("year", 2026)).getId();
    String dossier = tasks.createTaskQuery().processInstanceId(reward).taskCandidateGroup(f.a).singleResult().getId();
    List<String> open = List.of(selfAssessTask, sort, dossier);

    Map<String, Object> plan = Map.of("effectiveOn", "2026-11-20",
        "mergers", List.of(Map.of("sourceIds", f.communes(), "newUnitId", d, "newUnitName", dName)));
    ResponseEntity<Map<String, Object>> dryRun = Api.as(rest, "admin").post("/api/admin/reform/plan", plan);
    assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(map(dryRun.getBody(), "counts")).containsEntry("TASK", 3).containsEntry("PETITION", 1);
    assertThat(list(dryRun.getBody(), "moves")).filteredOn(m -> m.get("kind").equals("VARIABLE"))
        .extracting(m -> m.get("label").toString().split(" ")[0]).contains("unitId", "chairGroup");
    assertThat(Api.as(rest, "admin").post("/api/admin/reform/execute", plan).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    // the petition's record and the variables its steps read name the new commune
    assertThat(jdbc.queryForObject("select receiving_unit_id from petition where id = ?", String.class,
        petition.getId())).isEqualTo(d);
    assertThat(tasks.getVariable(sort, "unitId")).isEqualTo(d);
    assertThat(tasks.getVariable(sort, "chairGroup")).isEqualTo("lanh-dao-" + d);
    assertThat(tasks.getVariable(sort, "departments").toString()).contains(d).doesNotContain(f.c);
    assertThat(tasks.getVariable(selfAssessTask, "unitId")).isEqualTo(d);

    // a user of the new commune finds both in the engine (as Tasklist asks) and through our API ...
    ReformFixture.user(identity, f.user("d"), d);
    assertThat(tasks.createTaskQuery().taskCandidateUser(f.user("d")).list()).extracting(Task::getId)
        .containsAll(open);
    assertThat(list(Api.as(rest, f.user("d")).get("/api/tasks?size=200").getBody(), "content"))
        .filteredOn(t -> open.contains(t.get("id"))).hasSize(3)
        .allSatisfy(t -> assertThat(t).containsEntry("unitId", d).containsEntry("unitName", dName));
    // ... and works them: the petition is sorted to the new commune (its delegate checks the offered departments),
    // whose answer task follows; the self-assessment is recorded
    Api officer = Api.as(rest, f.user("d"));
    assertThat(officer.post("/api/tasks/" + sort + "/claim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> sorted = officer.post("/api/tasks/" + sort + "/complete",
        Map.of("decision", "ACCEPT", "variables", Map.of("handlingUnitId", d)));
    assertThat(sorted.getStatusCode()).as(String.valueOf(sorted.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForObject("select handling_unit_id from petition where id = ?", String.class,
        petition.getId())).isEqualTo(d);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey("petition:" + petition.getId())
        .taskDefinitionKey("Task_AnswerFeedback").taskCandidateGroup(d).count()).isEqualTo(1);
    assertThat(officer.post("/api/tasks/" + selfAssessTask + "/claim", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> assessed = officer.post("/api/tasks/" + selfAssessTask + "/complete",
        Map.of("variables", Map.of("creativity", 8, "effectiveness", 8, "consensus", 9, "sustainability", 8,
            "selfNote", "Xã mới tiếp tục duy trì mô hình")));
    assertThat(assessed.getStatusCode()).as(String.valueOf(assessed.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks.createTaskQuery().processInstanceId(selfAssess)
        .taskDefinitionKey(EvaluationProcess.ADJUST_TASK).count()).isEqualTo(1);
  }

  @Test
  void aProvinceMergerPlacesTheOldProvincesUnitsUnderTheNewOneAndClosesIt() {
    ReformFixture f = ReformFixture.build(context, "v");
    String bodyOfTheProvince = "bdv-tinh-sx-v";
    units.save(new Unit(bodyOfTheProvince, "Ban Dân vận Tỉnh ủy thử v", UnitKind.PARTY_BODY, f.province)
        .oversees(f.province));
    String newProvince = "tinh-sx-v-moi";
    String commune = "xa-sx-v-moi";
    long auditBefore = audits("reform");
    Map<String, Object> plan = Map.of("effectiveOn", "2026-11-20", "dissolvedDistrictId", f.district,
        "mergers", List.of(Map.of("sourceIds", f.communes(), "newUnitId", commune, "newUnitName", "Xã thử v mới")),
        "provinceMerger", Map.of("sourceIds", List.of(f.province), "newUnitId", newProvince,
            "newUnitName", "Tỉnh thử v mới"));

    ResponseEntity<Map<String, Object>> dryRun = Api.as(rest, "admin").post("/api/admin/reform/plan", plan);
    assertThat(dryRun.getStatusCode()).as(String.valueOf(dryRun.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(list(dryRun.getBody(), "units")).extracting(u -> u.get("action") + " " + u.get("unitId") + " "
        + u.get("otherId")).contains("CREATE " + newProvince + " null", "CREATE " + commune + " " + newProvince,
            "CLOSE " + f.district + " " + newProvince, "PLACE_UNDER " + f.board + " " + newProvince,
            "PLACE_UNDER " + bodyOfTheProvince + " " + newProvince, "OVERSEE " + bodyOfTheProvince + " " + newProvince,
            "CLOSE " + f.province + " " + newProvince)
        .doesNotContain("PLACE_UNDER " + f.district + " " + newProvince);
    assertThat(units.existsById(newProvince)).isFalse();
    assertThat(units.findById(bodyOfTheProvince).orElseThrow().getParentId()).isEqualTo(f.province);

    ResponseEntity<Map<String, Object>> executed = Api.as(rest, "admin").post("/api/admin/reform/execute", plan);
    assertThat(executed.getStatusCode()).as(String.valueOf(executed.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(units.findById(newProvince).orElseThrow()).satisfies(p -> {
      assertThat(p.getKind()).isEqualTo(UnitKind.PROVINCE);
      assertThat(p.getParentId()).isNull();
      assertThat(p.isClosed()).isFalse();
    });
    assertThat(identity.createGroupQuery().groupId(newProvince).count()).isEqualTo(1);
    assertThat(units.findById(f.province).orElseThrow()).satisfies(old -> {
      assertThat(old.getClosedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
      assertThat(old.getSuccessorId()).isEqualTo(newProvince);
    });
    assertThat(units.findById(bodyOfTheProvince).orElseThrow()).satisfies(body -> {
      assertThat(body.getParentId()).isEqualTo(newProvince);
      assertThat(body.getOverseesId()).isEqualTo(newProvince);
    });
    assertThat(units.findById(f.board).orElseThrow().getParentId()).isEqualTo(newProvince);
    assertThat(units.findById(commune).orElseThrow().getParentId()).isEqualTo(newProvince);
    assertThat(units.findById(f.district).orElseThrow().getSuccessorId()).isEqualTo(newProvince);
    // the district's Giấy khen goes straight to the new province, not through the closed one
    assertThat(jdbc.queryForObject("select area_id from authority where id = ?", String.class, f.authorityId))
        .isEqualTo(newProvince);
    assertThat(audits("reform")).isEqualTo(auditBefore + 1);
    String unitAudits = "select action from audit_entry where kind = 'unit' and subject_id = ?";
    assertThat(jdbc.queryForList(unitAudits, String.class, newProvince)).hasSize(1);
    assertThat(jdbc.queryForList(unitAudits, String.class, f.province)).hasSize(1);
    assertThat(jdbc.queryForList(unitAudits, String.class, bodyOfTheProvince)).hasSize(2); // placed, oversees

    // a province that is not one, or already closed, is refused readably
    ResponseEntity<Map<String, Object>> notAProvince = Api.as(rest, "admin").post("/api/admin/reform/plan",
        Map.of("effectiveOn", "2026-11-21", "provinceMerger", Map.of("sourceIds", List.of(f.board),
            "intoUnitId", newProvince)));
    assertThat(notAProvince.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notAProvince.getBody().get("detail").toString()).contains("không phải tỉnh");
  }

  @Test
  void theDemoPlanMergesNamDinhIntoNinhBinh() {
    ResponseEntity<Map<String, Object>> demo = Api.as(rest, "admin").get("/api/admin/reform/demo");
    assertThat(demo.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(map(demo.getBody(), "provinceMerger")).containsEntry("sourceIds", List.of("tinh-nam-dinh"))
        .containsEntry("newUnitName", "Tỉnh Ninh Bình");
  }

  @Test
  void onlyAnAdministratorPlansOrExecutes() {
    Map<String, Object> plan = Map.of("effectiveOn", "2026-11-20", "dissolvedDistrictId", "huyen-xuan-truong");
    for (String path : List.of("/api/admin/reform/plan", "/api/admin/reform/execute")) {
      assertThat(Api.as(rest, "commune1").post(path, plan).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(Api.as(rest, "reviewer").post(path, plan).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(Api.as(rest, "commune1").status("/api/admin/reform/demo")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(units.findById("huyen-xuan-truong").orElseThrow().isClosed()).isFalse();
    assertThat(rest.getForObject("/v3/api-docs", String.class)).contains("/api/admin/reform/plan",
        "/api/admin/reform/execute", "/api/admin/reform/demo", "Dry run of a plan", "ReformPreview");
  }

  private long register(String user, String unitId, String name) {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, user).post("/api/models",
        Api.registration(unitId, name));
    assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private Task task(long modelId, String step) {
    return tasks.createTaskQuery().processVariableValueEquals("modelId", modelId).taskDefinitionKey(step)
        .singleResult();
  }

  private long issueDirective(ReformFixture f) {
    Map<String, Object> request = new HashMap<>(Map.of(
        "issuerId", f.board, "coordinatorId", f.board, "title", "Chương trình thử sắp xếp",
        "planDue", NOW.today().plusDays(30).toString(), "reportFromYear", 2026, "reportToYear", 2026,
        "reportRecipientIds", List.of(f.board), "assignedUnitIds", List.of(f.a, f.b),
        "tasks", List.of(Map.of("section", "IV", "ordinal", 1, "title", "Xây dựng kế hoạch thực hiện",
            "leadUnitIds", List.of(f.a, f.b)))));
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "admin").post("/api/directives", request);
    assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private List<Job> reminderJobs(List<String> taskIds) {
    return management.createJobQuery().timers().list().stream()
        .filter(job -> job instanceof JobEntity entity && "danvan-reminder".equals(entity.getJobHandlerType())
            && taskIds.stream().anyMatch(id -> entity.getJobHandlerConfigurationRaw().startsWith(id + "|")))
        .toList();
  }

  private Map<String, Object> report(ReformFixture f, String period) {
    ResponseEntity<Map<String, Object>> report = Api.as(rest, f.user("board")).get("/api/reports/" + period);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    return report.getBody();
  }

  private static Map<String, Integer> byUnit(Map<String, Object> report) {
    Map<String, Integer> registered = new HashMap<>();
    list(report, "byUnit").forEach(row -> registered.put((String) row.get("label"), (Integer) row.get("registered")));
    return registered;
  }

  private long audits(String kind) {
    return jdbc.queryForObject("select count(*) from audit_entry where kind = ?", Long.class, kind);
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
