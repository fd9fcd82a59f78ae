package vn.danvan.workflow.organisation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.support.Api;

/**
 * An area of its own in the shared service (a root unit no other suite uses, a model of 1999), so the authorities
 * these suites add, change and delete and the reward proposal that uses one disturb no other suite.
 */
final class AuthorityFixture {

  static final String AREA = "xa-tham-quyen";
  static final String AREA_NAME = "Xã Thẩm Quyền";
  static final int YEAR = 1999;

  private AuthorityFixture() {
  }

  static synchronized void ensureArea(ApplicationContext context) {
    UnitRepository units = context.getBean(UnitRepository.class);
    if (!units.existsById(AREA)) {
      context.getBean(TransactionTemplate.class)
          .executeWithoutResult(status -> units.save(new Unit(AREA, AREA_NAME, UnitKind.COMMUNE, null)));
    }
  }

  /** The body of POST /api/authorities: a Giấy khen granted by the area's chair. */
  static Map<String, Object> giayKhen(String actorTitle) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("areaId", AREA);
    body.put("levelName", "cấp xã");
    body.put("power", "REWARD");
    body.put("actorGroup", "chu-tich-xa-tham-quyen");
    body.put("actorTitle", actorTitle);
    body.put("proposerGroup", "hoi-dong-xa-tham-quyen");
    body.put("proposerTitle", "Hội đồng Thi đua - Khen thưởng xã");
    body.put("rewardForm", "GIAY_KHEN");
    body.put("rewardFormName", "Giấy khen");
    return body;
  }

  /** An authority added through the API as the administrator; its id. */
  static long added(TestRestTemplate rest, String actorTitle) {
    ResponseEntity<Map<String, Object>> added = Api.as(rest, "admin").post("/api/authorities", giayKhen(actorTitle));
    if (added.getStatusCode() != HttpStatus.CREATED) {
      throw new IllegalStateException("authority not added: " + added);
    }
    return ((Number) added.getBody().get("id")).longValue();
  }

  /** A reward proposal of a model of the area granted by that authority; the model's name. */
  static String usedByARewardProposal(ApplicationContext context, long authorityId, String modelName) {
    ModelRepository models = context.getBean(ModelRepository.class);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    Timestamp at = Timestamp.from(Instant.parse("1999-11-20T03:00:00Z"));
    context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
      MobilizationModel model = new MobilizationModel(ModelKind.MODEL, AREA, Field.ECONOMY, YEAR, "fixture");
      model.describe(new RegistrationDossier(modelName, "s", "g", "c", "a", "f", null, "t", "o", null));
      long modelId = models.save(model).getId();
      jdbc.update("""
          insert into reward_proposal (model_id, campaign_year, council_area_id, council_group, status, reward_form,
            reward_form_name, authority_id, authority_title, authority_level, created_at)
          values (?, ?, ?, 'hoi-dong-xa-tham-quyen', 'APPROVED', 'GIAY_KHEN', 'Giấy khen', ?, 'Chủ tịch', 'cấp xã', ?)""",
          modelId, YEAR, AREA, authorityId, at);
    });
    return modelName;
  }
}
