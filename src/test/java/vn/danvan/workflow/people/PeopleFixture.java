package vn.danvan.workflow.people;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.support.Api;

/**
 * Two communes of their own in the shared service, with their own people (a manager each, a plain member of the
 * first), so that the users these suites add, remove, reset and deactivate disturb no other suite.
 */
final class PeopleFixture {

  static final String UNIT_A = "xa-thanh-vien-a";
  static final String UNIT_A_NAME = "Xã Thành Viên A";
  static final String UNIT_B = "xa-thanh-vien-b";
  static final String MANAGER_A = "tv-quan-ly-a";
  static final String MANAGER_B = "tv-quan-ly-b";
  static final String MEMBER_A = "tv-thanh-vien-a";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private PeopleFixture() {
  }

  static synchronized void ensure(ApplicationContext context) {
    UnitRepository units = context.getBean(UnitRepository.class);
    if (units.existsById(UNIT_A)) {
      return;
    }
    context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
      units.save(new Unit(UNIT_A, UNIT_A_NAME, UnitKind.COMMUNE, null));
      units.save(new Unit(UNIT_B, "Xã Thành Viên B", UnitKind.COMMUNE, null));
    });
    IdentityService identity = context.getBean(IdentityService.class);
    for (String unit : new String[] {UNIT_A, UNIT_B}) {
      Group group = identity.newGroup(unit);
      group.setName(unit);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    user(context, MANAGER_A, "Quản Lý", "Xã A", UNIT_A);
    user(context, MANAGER_B, "Quản Lý", "Xã B", UNIT_B);
    user(context, MEMBER_A, "Thành Viên", "Xã A", UNIT_A);
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    jdbc.update("insert into unit_manager (unit_id, user_id, appointed_at, appointed_by) values (?, ?, ?, 'fixture')",
        UNIT_A, MANAGER_A, java.sql.Timestamp.valueOf("2026-01-05 08:00:00"));
    jdbc.update("insert into unit_manager (unit_id, user_id, appointed_at, appointed_by) values (?, ?, ?, 'fixture')",
        UNIT_B, MANAGER_B, java.sql.Timestamp.valueOf("2026-01-05 08:00:00"));
  }

  /** A user of these suites with the demo password, member of {@code unit}. */
  static String user(ApplicationContext context, String id, String firstName, String lastName, String unit) {
    IdentityService identity = context.getBean(IdentityService.class);
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@thanhvien.test.danvan.vn");
    user.setPassword(Api.PASSWORD);
    identity.saveUser(user);
    if (unit != null) {
      identity.createMembership(id, unit);
    }
    return id;
  }

  /** A fresh user id, unique in the shared service. */
  static String newId(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet() + java.util.UUID.randomUUID().toString().substring(0, 4);
  }
}
