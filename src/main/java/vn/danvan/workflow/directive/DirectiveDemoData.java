package vn.danvan.workflow.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.directive.DirectiveRequest.TaskRequest;
import vn.danvan.workflow.organisation.DemoUsers;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;

/**
 * Profile demo, after the district's units (DemoData): the seed's Action Program implementing Directive
 * 11-CT/TU with the six key tasks of its section III and the three of section IV, issued (so its follow-up
 * process runs: every assigned unit has a plan task due in 30 days), and the members in charge of the communes
 * (two cluster members, demo users member1 and member2) and of the district's bodies (the head of the Ban Dân
 * vận, user head). The seed gives neither the program's number nor its date: both stay empty. Idempotent.
 */
@Component
@Order(20)
class DirectiveDemoData implements ApplicationRunner {

  static final String TITLE = "Chương trình hành động thực hiện Chỉ thị số 11-CT/TU ngày 08/8/2022 của Ban Thường vụ "
      + "Tỉnh ủy Nam Định về việc lãnh đạo, chỉ đạo đẩy mạnh phong trào thi đua “Dân vận khéo”";
  private static final String BOARD = "ban-dan-van-huyen";
  private static final String STANDING = "ban-thuong-vu-huyen";
  private static final List<String> MASS_ORGANISATIONS = List.of("mttq-huyen", "hoi-phu-nu-huyen",
      "hoi-nong-dan-huyen", "hoi-cuu-chien-binh-huyen", "doan-thanh-nien-huyen", "lien-doan-lao-dong-huyen");
  private static final Logger log = LoggerFactory.getLogger(DirectiveDemoData.class);

  private final Directives directives;
  private final DirectiveRepository repository;
  private final MemberInChargeRepository members;
  private final UnitRepository units;
  private final DemoUsers demo;
  private final Clock clock;

  DirectiveDemoData(Directives directives, DirectiveRepository repository, MemberInChargeRepository members,
      UnitRepository units, DemoUsers demo, Clock clock) {
    this.clock = clock;
    this.demo = demo;
    this.directives = directives;
    this.repository = repository;
    this.members = members;
    this.units = units;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo.active()) {
      return;
    }
    List<String> communes = units.findAll().stream()
        .filter(u -> u.getKind() == UnitKind.COMMUNE && "huyen-xuan-truong".equals(u.getParentId()))
        .map(Unit::getId).sorted().toList();
    seedMembersInCharge(communes);
    if (repository.existsByTitle(TITLE)) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    Directive directive = directives.issue(actionProgram(communes, today), BOARD, "admin");
    log.info("Demo directive {} issued to {} units; plans due {}", directive.getId(),
        communes.size() + 10, directive.getPlanDue());
  }

  private void seedMembersInCharge(List<String> communes) {
    demo.user("member1", "Đinh Văn Hùng", "Ủy viên Ban Thường vụ Huyện ủy, phụ trách cụm 1", STANDING);
    demo.user("member2", "Ngô Thị Lan", "Ủy viên Ban Thường vụ Huyện ủy, phụ trách cụm 2", STANDING);
    // demo clusters: the district seat and the first ten communes (Xuân Hồng among them), then the other nine
    for (int i = 0; i < communes.size(); i++) {
      boolean first = communes.get(i).equals("thi-tran-xuan-truong") || i <= 10;
      member(communes.get(i), first ? "member1" : "member2", first ? "Đinh Văn Hùng" : "Ngô Thị Lan",
          "Ủy viên Ban Thường vụ Huyện ủy phụ trách cụm " + (first ? 1 : 2));
    }
    member("huyen-xuan-truong", "head", "Nguyễn Văn Trưởng ban", "Trưởng Ban Dân vận Huyện ủy");
  }

  private void member(String unitId, String userId, String name, String title) {
    if (!members.existsById(unitId) && units.existsById(unitId)) {
      members.save(new MemberInCharge(unitId, userId, name, title));
    }
  }

  static DirectiveRequest actionProgram(List<String> communes, LocalDate today) {
    List<String> bodies = Stream.concat(Stream.of("ubnd-huyen"), MASS_ORGANISATIONS.stream()).toList();
    List<String> everyone = new ArrayList<>(communes);
    everyone.addAll(bodies);
    everyone.addAll(List.of("ban-chi-huy-quan-su-huyen", "cong-an-huyen", "ban-tuyen-giao-huyen"));
    List<TaskRequest> tasks = List.of(
        new TaskRequest("III", 1, "Cấp ủy, tổ chức đảng các cấp quán triệt quan điểm của Đảng, tư tưởng Hồ Chí Minh về "
            + "công tác dân vận; lãnh đạo đẩy mạnh phong trào thi đua “Dân vận khéo”",
            "Gắn với thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và phong trào thi đua “chung sức "
                + "xây dựng nông thôn mới nâng cao, kiểu mẫu giai đoạn 2021-2025”; tập trung chỉ đạo xây dựng và nhân "
                + "rộng các mô hình, điển hình “Dân vận khéo” trên tất cả các lĩnh vực.", null, communes, null),
        new TaskRequest("III", 2, "UBND huyện chỉ đạo nâng cao hiệu quả công tác dân vận của cơ quan nhà nước",
            "Xây dựng mô hình, điển hình “Dân vận khéo” gắn với Chỉ thị số 33/CT-TTg ngày 26/11/2021; cải cách hành "
                + "chính; văn hóa công sở; tiếp công dân, giải quyết đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh; "
                + "phối hợp với Ban Dân vận (khối Dân vận) cùng cấp, bảo đảm nguồn lực cho các mô hình.", null,
            List.of("ubnd-huyen"), concat(communes, List.of(BOARD))),
        new TaskRequest("III", 3, "Các đảng bộ, chi bộ trực thuộc, MTTQ và các tổ chức chính trị - xã hội huyện phát "
            + "động phong trào thi đua “Dân vận khéo”",
            "Gắn với nhiệm vụ chính trị của địa phương, cơ quan, đơn vị; triển khai, nhân rộng các mô hình, điển hình "
                + "đã đăng ký; đánh giá, công nhận, biểu dương, khen thưởng mô hình, điển hình tiêu biểu.", null,
            MASS_ORGANISATIONS, communes),
        new TaskRequest("III", 4, "Lực lượng vũ trang đổi mới, tăng cường công tác dân vận",
            "Thực hiện chương trình phối hợp giữa Ban Dân vận Huyện ủy với Ban Chỉ huy Quân sự huyện và Công an "
                + "huyện; đẩy mạnh phong trào thi đua “Dân vận khéo” gắn với nhiệm vụ quốc phòng, an ninh, phong trào "
                + "toàn dân bảo vệ an ninh Tổ quốc.", null,
            List.of("ban-chi-huy-quan-su-huyen", "cong-an-huyen"), List.of(BOARD)),
        new TaskRequest("III", 5, "Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, các hội quần chúng xây dựng mô "
            + "hình “Dân vận khéo”",
            "Đổi mới nội dung, phương thức hoạt động, hướng về cơ sở; phát huy vai trò chức sắc, chức việc tôn giáo; "
                + "tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia các phong trào thi đua yêu nước.",
            null, MASS_ORGANISATIONS, null),
        new TaskRequest("III", 6, "Ban Tuyên giáo Huyện ủy định hướng tuyên truyền về phong trào thi đua “Dân vận khéo”",
            "Chỉ đạo, định hướng nội dung tuyên truyền trên các phương tiện thông tin của huyện; kịp thời tuyên truyền "
                + "những mô hình, điển hình “Dân vận khéo” tiêu biểu trong toàn huyện.", null,
            List.of("ban-tuyen-giao-huyen"), null),
        new TaskRequest("IV", 1, "Xây dựng kế hoạch quán triệt, tuyên truyền, phổ biến và triển khai thực hiện Chương "
            + "trình hành động",
            "Các cấp ủy và tổ chức cơ sở đảng; các cơ quan, ban, ngành, Mặt trận Tổ quốc và các đoàn thể chính trị - "
                + "xã hội; gắn với Kế hoạch số 40-KH/HU ngày 05/5/2022 của Ban Thường vụ Huyện ủy.",
            today.plusDays(30), everyone, null),
        new TaskRequest("IV", 2, "Ủy viên Ban Thường vụ phụ trách cụm, Ủy viên Ban Chấp hành phụ trách xã đôn đốc, nhắc "
            + "nhở",
            "Đôn đốc, nhắc nhở việc tổ chức học tập, tuyên truyền, phổ biến và việc xây dựng kế hoạch triển khai thực "
                + "hiện Chỉ thị tại địa phương, đơn vị.", null, List.of(STANDING), null),
        new TaskRequest("IV", 3, "Ban Dân vận Huyện ủy theo dõi, đôn đốc, kiểm tra và báo cáo định kỳ",
            "Chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, kiểm tra việc thực hiện Chương trình hành "
                + "động; định kỳ hàng quý, năm báo cáo kết quả với Ban Thường vụ Huyện ủy và Ban Dân vận Tỉnh ủy.",
            null, List.of(BOARD), null));
    return new DirectiveRequest(null, null, STANDING, BOARD, TITLE,
        "Chỉ thị số 11-CT/TU ngày 08/8/2022 của Ban Thường vụ Tỉnh ủy Nam Định; Kế hoạch số 40-KH/HU ngày 05/5/2022 "
            + "của Ban Thường vụ Huyện ủy", today.plusDays(30), today.getYear(), today.getYear() + 1, 20, "P3WD", "P7WD",
        List.of(STANDING, "ban-dan-van-tinh"), tasks, null);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
