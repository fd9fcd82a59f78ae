package vn.danvan.workflow.report;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.petition.Petition;
import vn.danvan.workflow.petition.PetitionChannel;
import vn.danvan.workflow.petition.PetitionKind;
import vn.danvan.workflow.petition.PetitionReceipt;
import vn.danvan.workflow.petition.Petitions;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;
import vn.danvan.workflow.support.VietnamClock;

/**
 * A district of its own in the shared service (no other suite files petitions in its units) whose petitions are
 * received through {@link Petitions#receive} and handled through the engine, on the days below; built once, the
 * clock back at {@link ServiceOnH2#NOW} (Friday 20/11/2026) afterwards. As of that day, 2026-Q4 counts:
 *
 * <pre>
 * Bắc  khiếu nại  received 01/10, accepted 05/10 (settle within 30 days), settled 20/10         on time
 * Bắc  khiếu nại  received 01/10, accepted 05/10, settled 16/11                                 late
 * Bắc  kiến nghị  received 02/11, sort due 12/11, not sorted                                    overdue (open)
 * Bắc  phản ánh   received 18/11, sort due 28/11                                                open
 * Nam  khiếu nại  received 15/10, sent to Thanh tra tỉnh 16/10                                  closed otherwise
 * Nam  tố cáo     received 02/11, acceptance due in 7 working days, not accepted                overdue (open)
 * Bắc  kiến nghị  received 28/09: 2026-Q3's only one (overdue, open)
 * </pre>
 */
public final class PetitionReportFixture {

  public static final String DISTRICT = "huyen-don-thu";
  public static final String BAC = "xa-dt-bac";
  public static final String NAM = "xa-dt-nam";
  public static final String BAC_NAME = "Xã Bắc Đơn Thư";
  public static final String NAM_NAME = "Xã Nam Đơn Thư";
  /** Sees the district and its communes. */
  public static final String DISTRICT_USER = "dt-huyen";
  /** Sees Bắc only. */
  public static final String BAC_USER = "dt-bac";
  /** Every petitioner's name: no report may show it. */
  public static final String PETITIONER = "Trần Văn Đơn Thư";

  private PetitionReportFixture() {
  }

  public static synchronized void ensure(ApplicationContext context) {
    UnitRepository units = context.getBean(UnitRepository.class);
    if (units.existsById(DISTRICT)) {
      return;
    }
    context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
      units.save(new Unit(DISTRICT, "Huyện Đơn Thư", UnitKind.DISTRICT, null));
      units.save(new Unit(BAC, BAC_NAME, UnitKind.COMMUNE, DISTRICT));
      units.save(new Unit(NAM, NAM_NAME, UnitKind.COMMUNE, DISTRICT));
    });
    IdentityService identity = context.getBean(IdentityService.class);
    user(identity, DISTRICT_USER, DISTRICT);
    user(identity, BAC_USER, BAC);
    user(identity, "dt-nam", NAM);

    Petitions petitions = context.getBean(Petitions.class);
    TaskService tasks = context.getBean(TaskService.class);
    try {
      VietnamClock.set("2026-09-28T09:00");
      receive(petitions, BAC, PetitionKind.KIEN_NGHI);
      VietnamClock.set("2026-10-01T09:00");
      Petition onTime = receive(petitions, BAC, PetitionKind.KHIEU_NAI);
      Petition late = receive(petitions, BAC, PetitionKind.KHIEU_NAI);
      VietnamClock.set("2026-10-05T09:00");
      accept(tasks, onTime, BAC);
      accept(tasks, late, BAC);
      VietnamClock.set("2026-10-15T09:00");
      Petition sentOn = receive(petitions, NAM, PetitionKind.KHIEU_NAI);
      VietnamClock.set("2026-10-16T09:00");
      complete(tasks, sentOn, Map.of("decision", "REFER", "referTo", "Thanh tra tỉnh"));
      VietnamClock.set("2026-10-20T09:00");
      settle(tasks, onTime);
      VietnamClock.set("2026-11-02T09:00");
      receive(petitions, BAC, PetitionKind.KIEN_NGHI);
      receive(petitions, NAM, PetitionKind.TO_CAO);
      VietnamClock.set("2026-11-16T09:00");
      settle(tasks, late);
      VietnamClock.set("2026-11-18T09:00");
      receive(petitions, BAC, PetitionKind.PHAN_ANH);
    } finally {
      VietnamClock.set("2026-11-20T10:00");
    }
  }

  private static Petition receive(Petitions petitions, String unit, PetitionKind kind) {
    return petitions.receive(new PetitionReceipt(kind, PetitionChannel.IN_PERSON, unit, PETITIONER, "0912 000 111",
        "Thôn 1", kind.label() + " của công dân", "Nội dung " + kind.label().toLowerCase()));
  }

  private static void accept(TaskService tasks, Petition petition, String handlingUnit) {
    complete(tasks, petition, Map.of("decision", "ACCEPT", "handlingUnitId", handlingUnit, "complexity", "NORMAL",
        "remoteArea", false));
  }

  private static void settle(TaskService tasks, Petition petition) {
    complete(tasks, petition, Map.of("decision", "SETTLE", "outcome", "Đã giải quyết"));
  }

  private static void complete(TaskService tasks, Petition petition, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey("petition:" + petition.getId()).singleResult()
        .getId(), variables);
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
}
