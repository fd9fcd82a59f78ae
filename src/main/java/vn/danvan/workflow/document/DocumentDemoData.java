package vn.danvan.workflow.document;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.organisation.DemoUsers;

/**
 * Profile demo: the letterheads of the seed's deciding groups (Huyện ủy and UBND of Xuân Trường, Tỉnh ủy and UBND
 * of Nam Định), as their decisions print them. Idempotent.
 */
@Component
@Order(30)
class DocumentDemoData implements ApplicationRunner {

  private static final List<Issuer> ISSUERS = List.of(
      new Issuer("ban-thuong-vu-huyen", "ĐẢNG BỘ TỈNH NAM ĐỊNH", "HUYỆN ỦY XUÂN TRƯỜNG",
          "BAN THƯỜNG VỤ HUYỆN ỦY XUÂN TRƯỜNG", "Xuân Trường", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
      new Issuer("chu-tich-ubnd-huyen", null, "ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG", "Xuân Trường", null, "CHỦ TỊCH"),
      new Issuer("ban-thuong-vu-tinh", "ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY NAM ĐỊNH",
          "BAN THƯỜNG VỤ TỈNH ỦY NAM ĐỊNH", "Nam Định", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"),
      new Issuer("chu-tich-ubnd-tinh", null, "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
          "Nam Định", null, "CHỦ TỊCH"));

  private final IssuerRepository issuers;
  private final DemoUsers demo;

  DocumentDemoData(IssuerRepository issuers, DemoUsers demo) {
    this.issuers = issuers;
    this.demo = demo;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!demo.active()) {
      return;
    }
    ISSUERS.stream().filter(issuer -> !issuers.existsById(issuer.getActorGroup())).forEach(issuers::save);
  }
}
