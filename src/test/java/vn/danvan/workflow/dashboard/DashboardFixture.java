package vn.danvan.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.calendar.TimeLimit;
import vn.danvan.workflow.directive.Assignment;
import vn.danvan.workflow.directive.AssignmentRepository;
import vn.danvan.workflow.directive.Directive;
import vn.danvan.workflow.directive.DirectiveRepository;
import vn.danvan.workflow.directive.UnitReport;
import vn.danvan.workflow.directive.UnitReportRepository;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelDecision;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;
import vn.danvan.workflow.support.VietnamClock;

/**
 * A small district of its own in the shared service (no other suite uses its units), with a known year:
 * models registered and approved through the API (so the engine's history has their verification tasks), the rest
 * of their year written into the tables as the lifecycle's delegates write it. Built once; the clock stands at
 * {@link ServiceOnH2#NOW} (Friday 20/11/2026) afterwards.
 *
 * <pre>
 * M0 Đông  model    political  approved 10/08 (Q3), rated Tốt 01/09                     REGISTERED
 * M1 Đông  model    economy    sent 02/11, approved 20/11 (14 working days), rated Xuất sắc 12/11, recognised
 *                              at cấp huyện 15/11, outstanding 16/11, replicated in 2 places 17/11, Giấy khen 18/11 REWARDED
 * M2 Đông  exemplar culture    sent 16/11, approved 20/11 (4 working days)                 REGISTERED
 * M3 Tây   model    economy    sent 16/11, approved 20/11 (4), rated Khá 13/11, not recognised EVALUATED
 * M4 Tây   model    defence    sent 20/11, its verification due 10/11 (overdue)           SUBMITTED
 * plan of directive TQ due 15/10: Đông sent 14/10 (on time), Tây missing; Đông's Q4 report due 21/12
 * </pre>
 */
final class DashboardFixture {

  static final String DISTRICT = "huyen-tong-quan";
  static final String BOARD = "bdv-tong-quan";
  static final String DONG = "xa-tq-dong";
  static final String TAY = "xa-tq-tay";
  /** A unit name as a page must never run it. */
  static final String TAY_NAME = "Xã Tây <script>alert('tq')</script>";
  static final String BOARD_USER = "tq-board";
  static final String DONG_USER = "tq-dong";

  static long m1;

  private DashboardFixture() {
  }

  static synchronized void ensure(ApplicationContext context, TestRestTemplate rest) {
    UnitRepository units = context.getBean(UnitRepository.class);
    if (units.existsById(DISTRICT)) {
      return;
    }
    TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
    transaction.executeWithoutResult(status -> {
      units.save(new Unit(DISTRICT, "Huyện Tổng Quan", UnitKind.DISTRICT, null));
      units.save(new Unit(BOARD, "Ban Dân vận Huyện ủy Tổng Quan", UnitKind.PARTY_BODY, DISTRICT).oversees(DISTRICT));
      units.save(new Unit(DONG, "Xã Đông", UnitKind.COMMUNE, DISTRICT).reviewedBy(BOARD));
      units.save(new Unit(TAY, TAY_NAME, UnitKind.COMMUNE, DISTRICT).reviewedBy(BOARD));
    });
    IdentityService identity = context.getBean(IdentityService.class);
    user(identity, BOARD_USER, BOARD);
    user(identity, DONG_USER, DONG);
    user(identity, "tq-tay", TAY);

    VietnamClock.set("2026-11-02T09:00");
    m1 = register(rest, DONG_USER, DONG, "TQ Dồn điền đổi thửa", "MODEL", "ECONOMY");
    VietnamClock.set("2026-11-16T09:00");
    long m2 = register(rest, DONG_USER, DONG, "TQ Người tốt việc tốt", "EXEMPLAR", "CULTURE_SOCIETY");
    long m3 = register(rest, "tq-tay", TAY, "TQ Hợp tác xã kiểu mới", "MODEL", "ECONOMY");
    VietnamClock.set("2026-11-20T10:00");
    for (long id : List.of(m1, m2, m3)) {
      approve(rest, id);
    }
    long m4 = register(rest, "tq-tay", TAY, "TQ Camera an ninh", "MODEL", "DEFENCE_SECURITY");
    TaskService tasks = context.getBean(TaskService.class);
    String m4Task = tasks.createTaskQuery().processInstanceBusinessKey("model:" + m4).singleResult().getId();
    tasks.setDueDate(m4Task, Date.from(at("2026-11-10T17:00").toInstant()));

    ModelRepository models = context.getBean(ModelRepository.class);
    ModelDecisionRepository decisions = context.getBean(ModelDecisionRepository.class);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    transaction.executeWithoutResult(status -> {
      MobilizationModel m0 = new MobilizationModel(ModelKind.MODEL, DONG, Field.POLITICAL_SYSTEM, 2026, "fixture");
      m0.describe(new RegistrationDossier("TQ Chi bộ gương mẫu", "s", "g", "c", "a", "f", null, "t", "o", null));
      m0.markRegistered();
      long m0Id = models.save(m0).getId();
      decisions.save(new ModelDecision(m0Id, "Task_ReviewRegistration", "Thẩm định hồ sơ đăng ký", "APPROVE", null,
          "fixture", at("2026-08-10T09:00").toInstant()));
      for (String[] d : new String[][] {{"RECOGNISE", "2026-11-15T09:00"}, {"SELECT_OUTSTANDING", "2026-11-16T09:00"},
          {"REPLICATE", "2026-11-17T09:00"}, {"REWARD", "2026-11-18T09:00"}}) {
        decisions.save(new ModelDecision(m1, "fixture", d[0], d[0], null, "fixture", at(d[1]).toInstant()));
      }
      models.findById(m1).orElseThrow().markRewarded();
      models.findById(m3).orElseThrow().markEvaluated();

      evaluation(jdbc, m0Id, "TOT", "Tốt", "2026-09-01T09:00");
      evaluation(jdbc, m1, "XUAT_SAC", "Xuất sắc", "2026-11-12T09:00");
      evaluation(jdbc, m3, "KHA", "Khá", "2026-11-13T09:00");
      jdbc.update("""
          insert into recognition_round (campaign_year, area_id, level_name, decider_group, decider_title,
            proposer_group, status, decided_at) values (2026, ?, 'cấp huyện', ?, 'Ban Thường vụ', ?, 'DECIDED', ?)""",
          DISTRICT, BOARD, BOARD, at("2026-11-15T09:00"));
      Long round = jdbc.queryForObject("select id from recognition_round where area_id = ?", Long.class, DISTRICT);
      jdbc.update("insert into recognition_candidate (round_id, model_id, status, outstanding) values (?, ?, ?, ?)",
          round, m1, "RECOGNISED", true);
      jdbc.update("insert into recognition_candidate (round_id, model_id, status, outstanding) values (?, ?, ?, ?)",
          round, m3, "NOT_RECOGNISED", false);
      jdbc.update("""
          insert into reward_proposal (model_id, campaign_year, council_area_id, council_group, status,
            reward_form, reward_form_name, authority_level, decided_at, created_at)
          values (?, 2026, ?, ?, 'GRANTED', 'GIAY_KHEN', 'Giấy khen', 'cấp huyện', ?, ?)""",
          m1, DISTRICT, BOARD, at("2026-11-18T09:00"), at("2026-11-17T09:00"));
      for (String adopter : List.of(TAY, BOARD)) {
        jdbc.update("""
            insert into replication (model_id, adopting_unit_id, adopted_on, recorded_at)
            values (?, ?, ?, ?)""", m1, adopter, LocalDate.of(2026, 11, 10), at("2026-11-17T09:00"));
      }

      Directive directive = context.getBean(DirectiveRepository.class).save(new Directive("TQ-CTr/HU",
          LocalDate.of(2026, 9, 1), DISTRICT, BOARD, "Chương trình mẫu của huyện Tổng Quan", null, "fixture")
          .followedUp(LocalDate.of(2026, 10, 15), 2026, 2026, 20, TimeLimit.workingDays(3),
              TimeLimit.workingDays(7), List.of(DISTRICT)));
      Assignment dong = new Assignment(directive.getId(), DONG);
      dong.planSubmitted("1-KH", "Kế hoạch", at("2026-10-14T16:00").toInstant());
      context.getBean(AssignmentRepository.class).saveAll(List.of(dong, new Assignment(directive.getId(), TAY)));
      context.getBean(UnitReportRepository.class).save(
          new UnitReport(directive.getId(), DONG, "2026-Q4", LocalDate.of(2026, 12, 21)));
    });
  }

  private static long register(TestRestTemplate rest, String user, String unit, String name, String kind,
      String field) {
    Map<String, Object> registration = Api.registration(unit, name);
    registration.put("kind", kind);
    registration.put("field", field);
    var created = Api.as(rest, user).post("/api/models", registration);
    assertThat(created.getStatusCode()).as("%s registers %s: %s", user, name, created.getBody())
        .isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  /** The board verifies through the task API, as its reviewers do. */
  @SuppressWarnings("unchecked")
  private static void approve(TestRestTemplate rest, long modelId) {
    Api board = Api.as(rest, BOARD_USER);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) board.get("/api/tasks?modelId=" + modelId)
        .getBody().get("content");
    String task = (String) rows.get(0).get("id");
    assertThat(board.post("/api/tasks/" + task + "/claim", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
    var done = board.post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE", "comment", "Đủ hồ sơ"));
    assertThat(done.getStatusCode()).as("approval of %s: %s", modelId, done.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static void evaluation(JdbcTemplate jdbc, long modelId, String rating, String label, String at) {
    jdbc.update("""
        insert into evaluation (model_id, campaign_year, status, score, rating, rating_label, reviewed_at, created_at)
        values (?, 2026, 'RATED', 80, ?, ?, ?, ?)""", modelId, rating, label, at(at), at(at));
  }

  private static void user(IdentityService identity, String id, String group) {
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      Group g = identity.newGroup(group);
      g.setName(group);
      g.setType("UNIT");
      identity.saveGroup(g);
    }
    User user = identity.newUser(id);
    user.setFirstName("Cán bộ");
    user.setLastName(id);
    user.setPassword(Api.PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  static OffsetDateTime at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(VietnamClock.VIETNAM).toOffsetDateTime();
  }
}
