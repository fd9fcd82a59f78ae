package vn.danvan.workflow.petition;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import vn.danvan.workflow.support.Api;

/** The people of the petition tests, created once in the shared context (ids prefixed "tcd-", own of these tests). */
final class PetitionPeople {

  static final String RECEIVING_UNIT = "ubnd-huyen";
  static final String DEPARTMENT = "phong-noi-vu-huyen";
  static final String DEPARTMENT_LEADERS = PetitionProcess.leaderGroup(DEPARTMENT);

  private PetitionPeople() {
  }

  static void create(IdentityService identity) {
    if (identity.createGroupQuery().groupId(DEPARTMENT_LEADERS).count() == 0) {
      Group group = identity.newGroup(DEPARTMENT_LEADERS);
      group.setName("Lãnh đạo Phòng Nội vụ huyện");
      group.setType("ROLE");
      identity.saveGroup(group);
    }
    user(identity, "tcd-officer", RECEIVING_UNIT);
    user(identity, "tcd-handler", DEPARTMENT);
    user(identity, "tcd-colleague", DEPARTMENT);
    user(identity, "tcd-leader", DEPARTMENT, DEPARTMENT_LEADERS);
  }

  private static void user(IdentityService identity, String id, String... groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName("Cán bộ");
    user.setLastName(id);
    user.setPassword(Api.PASSWORD);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }
}
