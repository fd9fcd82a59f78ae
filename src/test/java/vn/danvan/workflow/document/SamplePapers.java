package vn.danvan.workflow.document;

import java.time.LocalDate;
import java.util.List;

/** Papers as the demo district's decisions give them, with names that use every kind of Vietnamese mark. */
final class SamplePapers {

  static final Letterhead STANDING = new Letterhead("ĐẢNG BỘ TỈNH NAM ĐỊNH", "HUYỆN ỦY XUÂN TRƯỜNG",
      "BAN THƯỜNG VỤ HUYỆN ỦY XUÂN TRƯỜNG", "Xuân Trường", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ");
  static final Letterhead CHAIR = new Letterhead(null, "ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG",
      "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG", "Xuân Trường", null, "CHỦ TỊCH");

  static final List<Paper.AnnexRow> RECOGNISED = List.of(
      new Paper.AnnexRow(1, "Dân vận khéo trong dồn điền đổi thửa", "Mô hình", "Xã Xuân Hồng", "Kinh tế", "Xuất sắc"),
      new Paper.AnnexRow(2, "Tổ hòa giải ở cơ sở “Ấm tình làng nghĩa xóm”", "Mô hình", "Xã Xuân Tân",
          "Quốc phòng - an ninh", "Tốt"),
      new Paper.AnnexRow(3, "Nữ đảng viên Lường Thị Hướng vận động hiến đất mở đường", "Điển hình",
          "Thị trấn Xuân Trường", "Văn hóa - xã hội", "Xuất sắc"),
      new Paper.AnnexRow(4, "Chi hội Cựu chiến binh giúp nhau thoát nghèo, ủng hộ quỹ “Vì người nghèo”", "Mô hình",
          "Xã Xuân Ngọc", "Xây dựng hệ thống chính trị", "Tốt"));

  private SamplePapers() {
  }

  static Paper recognitionDecision() {
    return new Paper(DocumentKind.RECOGNITION_DECISION, null, STANDING, "Ban Thường vụ Huyện ủy", "125-QĐ/HU",
        LocalDate.of(2026, 12, 20), "Về việc công nhận mô hình, điển hình “Dân vận khéo” cấp huyện năm 2026",
        "Ban Chỉ đạo phong trào (thường trực: Ban Dân vận Huyện ủy)",
        "Biên bản số 03/BB-BCĐ ngày 10/12/2026 của Ban Chỉ đạo phong trào", "Phạm Minh Tuấn", 2026, "cấp huyện",
        null, null, null, null, RECOGNISED);
  }

  static Paper recognitionCertificate() {
    return new Paper(DocumentKind.RECOGNITION_CERTIFICATE, 7L, STANDING, "Ban Thường vụ Huyện ủy", "125-QĐ/HU",
        LocalDate.of(2026, 12, 20), "Mô hình “Dân vận khéo” cấp huyện năm 2026", "Ban Chỉ đạo phong trào", null,
        "Phạm Minh Tuấn", 2026, "cấp huyện", "Dân vận khéo trong dồn điền đổi thửa", "Xã Xuân Hồng",
        "Đã được công nhận là mô hình “Dân vận khéo” cấp huyện năm 2026", null, List.of());
  }

  static Paper rewardDecision() {
    return new Paper(DocumentKind.REWARD_DECISION, null, CHAIR, "Chủ tịch UBND huyện", "2345/QĐ-UBND",
        LocalDate.of(2027, 1, 5), "Về việc tặng Giấy khen của Chủ tịch UBND huyện",
        "Hội đồng Thi đua - Khen thưởng huyện", null, "Nguyễn Văn Chủ tịch", 2026, "cấp huyện", null, null, null,
        "Giấy khen của Chủ tịch UBND huyện", RECOGNISED.subList(0, 2));
  }

  static Paper rewardCertificate() {
    return new Paper(DocumentKind.REWARD_CERTIFICATE, 7L, CHAIR, "Chủ tịch UBND huyện", "2345/QĐ-UBND",
        LocalDate.of(2027, 1, 5), "GIẤY KHEN", "Hội đồng Thi đua - Khen thưởng huyện", null, "Nguyễn Văn Chủ tịch",
        2026, "cấp huyện", "Dân vận khéo trong dồn điền đổi thửa", "Xã Xuân Hồng",
        "Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2026",
        "Giấy khen của Chủ tịch UBND huyện", List.of());
  }

  static DocumentRenderer.Verification unsigned(String code) {
    String url = "https://danvan.example.vn/xac-thuc/" + code;
    return new DocumentRenderer.Verification(VerificationCode.grouped(code), url, QrCode.dataUri(url), null, null);
  }

  static DocumentRenderer.Verification signedBy(String code, String signer) {
    String url = "https://danvan.example.vn/xac-thuc/" + code;
    return new DocumentRenderer.Verification(VerificationCode.grouped(code), url, QrCode.dataUri(url), signer,
        "20/12/2026 10:00");
  }
}
