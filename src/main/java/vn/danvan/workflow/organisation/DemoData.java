package vn.danvan.workflow.organisation;

import java.text.Normalizer;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile demo: the seed's district (huyện Xuân Trường, Nam Định, 2022) as units and Camunda groups, and the
 * demo users with DEMO_PASSWORD. Idempotent: a restart adds only what is missing.
 *
 * <p>The profile is checked when the service runs, not with {@code @Profile}: the Docker image starts from the
 * context Spring AOT worked out at build time, where a {@code @Profile} bean would be fixed in or out for good.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

  static final String PROVINCE = "tinh-nam-dinh";
  static final String DISTRICT = "huyen-xuan-truong";
  static final String MASS_MOBILISATION_BOARD = "ban-dan-van-huyen";
  static final String BOARD_LEADERS = "lanh-dao-ban-dan-van-huyen";
  static final List<String> COMMUNES = List.of("Thọ Nghiệp", "Xuân Bắc", "Xuân Châu", "Xuân Đài", "Xuân Hòa",
      "Xuân Hồng", "Xuân Kiên", "Xuân Ngọc", "Xuân Ninh", "Xuân Phong", "Xuân Phú", "Xuân Phương", "Xuân Tân",
      "Xuân Thành", "Xuân Thượng", "Xuân Thủy", "Xuân Tiến", "Xuân Trung", "Xuân Vinh");

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  static final String CHAIR = "chu-tich-ubnd-huyen";

  private final UnitRepository units;
  private final AuthorityRepository authorities;
  private final IdentityService identity;
  private final DemoUsers demo;

  DemoData(UnitRepository units, AuthorityRepository authorities, IdentityService identity, DemoUsers demo) {
    this.units = units;
    this.authorities = authorities;
    this.identity = identity;
    this.demo = demo;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo.active()) {
      return;
    }
    seedUnits();
    units.findAll().forEach(unit -> group(unit.getId(), unit.getName(), "UNIT"));
    group(BOARD_LEADERS, "Lãnh đạo Ban Dân vận Huyện ủy", "ROLE");
    group(CHAIR, "Chủ tịch UBND huyện Xuân Trường", "ROLE");
    seedAuthorities();
    demo.user("reviewer", "Trần Thị", "Thẩm định", MASS_MOBILISATION_BOARD);
    demo.user("head", "Nguyễn Văn", "Trưởng ban", MASS_MOBILISATION_BOARD, BOARD_LEADERS);
    demo.user("commune1", "Phạm Văn", "Cán bộ xã Xuân Hồng", "xa-xuan-hong");
    demo.user("commune2", "Đỗ Thị", "Cán bộ xã Xuân Tân", "xa-xuan-tan");
    demo.user("council", "Vũ Văn", "Hội đồng TĐKT", "hoi-dong-tdkt-huyen");
    demo.user("standing", "Lê Văn", "Ban Thường vụ", "ban-thuong-vu-huyen");
    demo.user("propaganda", "Hoàng Thị", "Ban Tuyên giáo", "ban-tuyen-giao-huyen");
    demo.user("chair", "Nguyễn Văn", "Chủ tịch UBND huyện", "ubnd-huyen", CHAIR);
    log.info("Demo data ready: {} units, {} authorities; users reviewer, head, commune1, commune2, council, "
        + "standing, propaganda, chair", units.count(), authorities.count());
  }

  private void seedUnits() {
    unit(new Unit(PROVINCE, "Tỉnh Nam Định", UnitKind.PROVINCE, null));
    unit(new Unit("ban-dan-van-tinh", "Ban Dân vận Tỉnh ủy Nam Định", UnitKind.PARTY_BODY, PROVINCE)
        .oversees(PROVINCE));
    unit(new Unit(DISTRICT, "Huyện Xuân Trường", UnitKind.DISTRICT, PROVINCE));
    unit(new Unit("ban-thuong-vu-huyen", "Ban Thường vụ Huyện ủy", UnitKind.PARTY_BODY, DISTRICT)
        .oversees(DISTRICT));
    unit(new Unit(MASS_MOBILISATION_BOARD, "Ban Dân vận Huyện ủy", UnitKind.PARTY_BODY, DISTRICT)
        .oversees(DISTRICT));
    unit(new Unit("ban-tuyen-giao-huyen", "Ban Tuyên giáo Huyện ủy", UnitKind.PARTY_BODY, DISTRICT)
        .oversees(DISTRICT));
    unit(new Unit("ubnd-huyen", "UBND huyện Xuân Trường", UnitKind.GOVERNMENT_BODY, DISTRICT)
        .reviewedBy(MASS_MOBILISATION_BOARD));
    unit(new Unit("phong-noi-vu-huyen", "Phòng Nội vụ huyện", UnitKind.GOVERNMENT_BODY, "ubnd-huyen")
        .reviewedBy(MASS_MOBILISATION_BOARD));
    unit(new Unit("hoi-dong-tdkt-huyen", "Hội đồng Thi đua - Khen thưởng huyện", UnitKind.GOVERNMENT_BODY,
        "ubnd-huyen").oversees(DISTRICT));
    for (String[] body : new String[][] {
        {"mttq-huyen", "Ủy ban MTTQ Việt Nam huyện", "MASS_ORGANISATION"},
        {"hoi-phu-nu-huyen", "Hội Liên hiệp Phụ nữ huyện", "MASS_ORGANISATION"},
        {"hoi-nong-dan-huyen", "Hội Nông dân huyện", "MASS_ORGANISATION"},
        {"hoi-cuu-chien-binh-huyen", "Hội Cựu chiến binh huyện", "MASS_ORGANISATION"},
        {"doan-thanh-nien-huyen", "Huyện đoàn Xuân Trường", "MASS_ORGANISATION"},
        {"lien-doan-lao-dong-huyen", "Liên đoàn Lao động huyện", "MASS_ORGANISATION"},
        {"ban-chi-huy-quan-su-huyen", "Ban Chỉ huy Quân sự huyện", "ARMED_FORCE"},
        {"cong-an-huyen", "Công an huyện", "ARMED_FORCE"}}) {
      unit(new Unit(body[0], body[1], UnitKind.valueOf(body[2]), DISTRICT).reviewedBy(MASS_MOBILISATION_BOARD));
    }
    unit(new Unit("thi-tran-xuan-truong", "Thị trấn Xuân Trường", UnitKind.COMMUNE, DISTRICT)
        .reviewedBy(MASS_MOBILISATION_BOARD));
    for (String commune : COMMUNES) {
      unit(new Unit("xa-" + slug(commune), "Xã " + commune, UnitKind.COMMUNE, DISTRICT)
          .reviewedBy(MASS_MOBILISATION_BOARD));
    }
  }

  /**
   * Who evaluates, recognises and rewards (2022, before the reform). A two-level province needs only other rows:
   * e.g. RECOGNISE and REWARD (Bằng khen) at the province, REWARD (Giấy khen) at each commune.
   */
  private void seedAuthorities() {
    if (authorities.count() > 0) {
      return; // an administrator may have changed them since
    }
    authorities.save(new Authority(DISTRICT, "cấp huyện", Power.EVALUATE, MASS_MOBILISATION_BOARD,
        "Ban Dân vận Huyện ủy"));
    authorities.save(new Authority(DISTRICT, "cấp huyện", Power.RECOGNISE, "ban-thuong-vu-huyen",
        "Ban Thường vụ Huyện ủy")
        .proposedBy(MASS_MOBILISATION_BOARD, "Ban Chỉ đạo phong trào (thường trực: Ban Dân vận Huyện ủy)")
        .publicisedBy("ban-tuyen-giao-huyen"));
    authorities.save(new Authority(DISTRICT, "cấp huyện", Power.REWARD, CHAIR, "Chủ tịch UBND huyện")
        .proposedBy("hoi-dong-tdkt-huyen", "Hội đồng Thi đua - Khen thưởng huyện")
        .grants("GIAY_KHEN", "Giấy khen của Chủ tịch UBND huyện"));
    authorities.save(new Authority(PROVINCE, "cấp tỉnh", Power.RECOGNISE, "ban-thuong-vu-tinh",
        "Ban Thường vụ Tỉnh ủy")
        .proposedBy("ban-dan-van-tinh", "Ban Dân vận Tỉnh ủy")
        .publicisedBy("ban-tuyen-giao-tinh"));
    authorities.save(new Authority(PROVINCE, "cấp tỉnh", Power.REWARD, "chu-tich-ubnd-tinh", "Chủ tịch UBND tỉnh")
        .proposedBy("hoi-dong-tdkt-tinh", "Hội đồng Thi đua - Khen thưởng tỉnh")
        .grants("BANG_KHEN", "Bằng khen của Chủ tịch UBND tỉnh"));
  }

  private void unit(Unit unit) {
    if (!units.existsById(unit.getId())) {
      units.save(unit);
    }
  }

  private void group(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  /** "Xuân Hồng" -> "xuan-hong". */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return ascii.toLowerCase().trim().replaceAll("[^a-z0-9]+", "-");
  }
}
