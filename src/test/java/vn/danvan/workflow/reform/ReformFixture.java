package vn.danvan.workflow.reform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelDecision;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.AuthorityRepository;
import vn.danvan.workflow.organisation.Power;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.VietnamClock;

/**
 * A district of the tests' own (so no other suite sees it): a province of its own, the district under it with its
 * Ban Dân vận (overseeing the district, reviewing the communes' registrations) and three communes, a user in each, a Giấy khen
 * authority at the district, and models approved in the past. Each test names its own suffix.
 */
final class ReformFixture {

  final String suffix;
  final String province;
  final String district;
  final String board;
  final String a;
  final String b;
  final String c;
  long authorityId;

  private ReformFixture(String suffix) {
    this.suffix = suffix;
    this.province = "tinh-sx-" + suffix;
    this.district = "huyen-sx-" + suffix;
    this.board = "bdv-sx-" + suffix;
    this.a = "xa-sx-" + suffix + "-a";
    this.b = "xa-sx-" + suffix + "-b";
    this.c = "xa-sx-" + suffix + "-c";
  }

  static ReformFixture build(ApplicationContext context, String suffix) {
    ReformFixture fixture = new ReformFixture(suffix);
    UnitRepository units = context.getBean(UnitRepository.class);
    AuthorityRepository authorities = context.getBean(AuthorityRepository.class);
    context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
      units.save(new Unit(fixture.province, "Tỉnh thử " + suffix, UnitKind.PROVINCE, null));
      units.save(new Unit(fixture.district, "Huyện thử " + suffix, UnitKind.DISTRICT, fixture.province));
      units.save(new Unit(fixture.board, "Ban Dân vận huyện thử " + suffix, UnitKind.PARTY_BODY, fixture.district)
          .oversees(fixture.district));
      for (String commune : fixture.communes()) {
        units.save(new Unit(commune, fixture.name(commune), UnitKind.COMMUNE, fixture.district)
            .reviewedBy(fixture.board));
      }
      fixture.authorityId = authorities.save(new Authority(fixture.district, "cấp huyện", Power.REWARD,
          fixture.board, "Chủ tịch UBND huyện thử " + suffix).grants("GIAY_KHEN", "Giấy khen")).getId();
    });
    IdentityService identity = context.getBean(IdentityService.class);
    for (String unit : List.of(fixture.province, fixture.district, fixture.board, fixture.a, fixture.b, fixture.c)) {
      group(identity, unit);
    }
    user(identity, fixture.user("board"), fixture.board);
    user(identity, fixture.user("a"), fixture.a);
    user(identity, fixture.user("b"), fixture.b);
    user(identity, fixture.user("c"), fixture.c);
    return fixture;
  }

  List<String> communes() {
    return List.of(a, b, c);
  }

  String name(String commune) {
    return "Xã thử " + suffix + " " + commune.substring(commune.length() - 1).toUpperCase();
  }

  String user(String of) {
    return "sx-" + suffix + "-" + of;
  }

  /** A model registered (approved) at that time in Vietnam, as the reports count it. */
  static long approved(ApplicationContext context, String unitId, String localTime) {
    MobilizationModel model = new MobilizationModel(ModelKind.MODEL, unitId, Field.ECONOMY, 2026, "fixture");
    model.describe(new RegistrationDossier("Mô hình thử " + unitId + " " + localTime, "Thực trạng", "Mục tiêu",
        "Nội dung", "Phạm vi", "Lực lượng", null, "Lộ trình", "Kết quả", null));
    model.markRegistered();
    long id = context.getBean(ModelRepository.class).save(model).getId();
    context.getBean(ModelDecisionRepository.class).save(new ModelDecision(id, "Task_ReviewRegistration",
        "Thẩm định hồ sơ đăng ký", "APPROVE", null, "fixture", at(localTime)));
    return id;
  }

  static Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(VietnamClock.VIETNAM).toInstant();
  }

  static void user(IdentityService identity, String id, String group) {
    User user = identity.newUser(id);
    user.setFirstName("Người dùng");
    user.setLastName(id);
    user.setPassword(Api.PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  private static void group(IdentityService identity, String id) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(id);
      group.setType("UNIT");
      identity.saveGroup(group);
    }
  }
}
