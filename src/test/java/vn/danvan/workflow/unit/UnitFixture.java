package vn.danvan.workflow.unit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.support.Api;

/**
 * An area of its own in the shared service: a province no other suite uses, its Ban Dân vận overseeing it and a user
 * of that body ({@link #MANAGER}), so the units these suites add, move and close disturb no other suite.
 */
final class UnitFixture {

  static final String AREA = "tinh-thu-don-vi";
  static final String AREA_NAME = "Tỉnh Thử Đơn Vị";
  static final String BOARD = "ban-dan-van-thu-don-vi";
  static final String BOARD_NAME = "Ban Dân vận Tỉnh ủy (thử)";
  static final String MANAGER = "bdv-thu-don-vi";

  private UnitFixture() {
  }

  static synchronized void ensureArea(ApplicationContext context) {
    UnitRepository units = context.getBean(UnitRepository.class);
    IdentityService identity = context.getBean(IdentityService.class);
    if (units.existsById(AREA)) {
      return;
    }
    context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
      units.save(new Unit(AREA, AREA_NAME, UnitKind.PROVINCE, null));
      units.save(new Unit(BOARD, BOARD_NAME, UnitKind.PARTY_BODY, AREA).oversees(AREA));
    });
    for (String[] unit : new String[][] {{AREA, AREA_NAME}, {BOARD, BOARD_NAME}}) {
      Group group = identity.newGroup(unit[0]);
      group.setName(unit[1]);
      group.setType("UNIT");
      identity.saveGroup(group);
    }
    User user = identity.newUser(MANAGER);
    user.setFirstName("Lương Thị");
    user.setLastName("Quản lý");
    user.setPassword(Api.PASSWORD);
    identity.saveUser(user);
    identity.createMembership(MANAGER, BOARD);
  }

  /** A unit id no run has used. */
  static String newId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> unit(String id, String name, String kind, String parentId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", id);
    body.put("name", name);
    body.put("kind", kind);
    body.put("parentId", parentId);
    body.put("registrationReviewerId", BOARD);
    return body;
  }

  static Map<String, Object> change(String name, String parentId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("parentId", parentId);
    body.put("registrationReviewerId", BOARD);
    return body;
  }
}
