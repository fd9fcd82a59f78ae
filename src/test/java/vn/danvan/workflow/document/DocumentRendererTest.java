package vn.danvan.workflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/**
 * The four documents as PDFBox reads them back: every element of Nghị định 30/2020/NĐ-CP's layout and every
 * annexed name with its Vietnamese marks, the decree's page and margins, PDF/A-3b declared with an sRGB output
 * intent and every font embedded (veraPDF itself is not available here), the QR code leading to the verification
 * page. One PNG of each goes to docs/documents.
 */
class DocumentRendererTest {

  private static final float MM = 72f / 25.4f;
  private static final DocumentRenderer RENDERER = new DocumentRenderer(new DocumentSettings("", "", "", "", "", ""));
  private static final String CODE = "abcdefghijklmnopqrstuvwxyz";

  @Test
  void aRecognitionDecisionShowsEveryElementOfTheDecreesLayoutAndEveryAnnexedName() throws Exception {
    byte[] pdf = RENDERER.render(SamplePapers.recognitionDecision(), SamplePapers.unsigned(CODE)).pdf();

    PdfPages.png(pdf, 0, Path.of("docs", "documents", "quyet-dinh.png"));
    PdfPages.png(pdf, 1, Path.of("docs", "documents", "quyet-dinh-danh-sach.png"));
    String first = PdfPages.text(pdf, 0);
    assertThat(first).contains(
        "ĐẢNG BỘ TỈNH NAM ĐỊNH", "HUYỆN ỦY XUÂN TRƯỜNG", // managing and issuing body
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", // Quốc hiệu, Tiêu ngữ
        "Số: 125-QĐ/HU", "Xuân Trường, ngày 20 tháng 12 năm 2026", // number and symbol, place and date
        "QUYẾT ĐỊNH", "Về việc công nhận mô hình, điển hình “Dân vận khéo” cấp huyện năm 2026", // title
        "BAN THƯỜNG VỤ HUYỆN ỦY XUÂN TRƯỜNG", // the authority
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam", "Căn cứ Biên bản số 03/BB-BCĐ ngày 10/12/2026", // legal bases
        "Xét đề nghị của Ban Chỉ đạo phong trào", "QUYẾT ĐỊNH:", "Điều 1.", "Công nhận 4 mô hình, điển hình",
        "Điều 2.", "Điều 3.", "chịu trách nhiệm thi hành Quyết định này./.", // articles
        "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", // recipients
        "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phạm Minh Tuấn", // signer's title and name
        "(Bản điện tử chưa ký số)", "Mã xác thực: abcd-efgh-ijkl-mnop-qrst-uvwx-yz",
        "https://danvan.example.vn/xac-thuc/" + CODE);
    String annex = PdfPages.text(pdf, 1);
    assertThat(annex).contains("DANH SÁCH", "(Kèm theo Quyết định số 125-QĐ/HU ngày 20 tháng 12 năm 2026 của Ban "
        + "Thường vụ Huyện ủy)");
    SamplePapers.RECOGNISED.forEach(row -> assertThat(annex).contains(row.name(), row.unit(), row.field()));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      PDRectangle a4 = document.getPage(0).getMediaBox();
      assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
    }
    List<PdfPages.Glyph> glyphs = PdfPages.glyphs(pdf, 0);
    // the decree's margins: left 30 mm, right 15 mm, top 20 mm
    assertThat(glyphs.stream().map(PdfPages.Glyph::x).min(Comparator.naturalOrder()).orElseThrow())
        .isGreaterThanOrEqualTo(30 * MM - 0.5f);
    assertThat(glyphs.stream().map(g -> g.x() + g.width()).max(Comparator.naturalOrder()).orElseThrow())
        .isLessThanOrEqualTo(PDRectangle.A4.getWidth() - 15 * MM + 0.5f);
    assertThat(glyphs.stream().map(PdfPages.Glyph::baseline).min(Comparator.naturalOrder()).orElseThrow())
        .isGreaterThan(20 * MM);
    // Times New Roman 14 pt for the text (13 pt for the names of bodies, 10–12 pt for "Nơi nhận" and the QR note)
    Map<Float, Long> sizes = glyphs.stream().collect(Collectors.groupingBy(PdfPages.Glyph::size, Collectors.counting()));
    assertThat(sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).as("%s", sizes)
        .isEqualTo(14f);
    assertThat(sizes.keySet()).allMatch(size -> size >= 10f && size <= 14f);

    pdfA(pdf);
    // the QR code and the code stand at the foot of every page, the annex's too
    assertThat(PdfPages.qrCodes(pdf, 0)).containsExactly("https://danvan.example.vn/xac-thuc/" + CODE);
    assertThat(PdfPages.qrCodes(pdf, 1)).containsExactly("https://danvan.example.vn/xac-thuc/" + CODE);
    assertThat(annex).contains("Mã xác thực: abcd-efgh-ijkl-mnop-qrst-uvwx-yz");
  }

  @Test
  void aRecognitionCertificateIsOneLandscapePageWithTheRecipientTheAchievementTheDecisionAndTheSigner()
      throws Exception {
    byte[] pdf = RENDERER.render(SamplePapers.recognitionCertificate(), SamplePapers.unsigned(CODE)).pdf();

    assertThat(PdfPages.text(pdf)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "BAN THƯỜNG VỤ HUYỆN ỦY XUÂN TRƯỜNG", "GIẤY CHỨNG NHẬN", "Mô hình “Dân vận khéo” cấp huyện năm 2026",
        "Dân vận khéo trong dồn điền đổi thửa", "Xã Xuân Hồng",
        "Đã được công nhận là mô hình “Dân vận khéo” cấp huyện năm 2026",
        "Theo Quyết định số 125-QĐ/HU ngày 20 tháng 12 năm 2026 của Ban Thường vụ Huyện ủy",
        "Xuân Trường, ngày 20 tháng 12 năm 2026", "PHÓ BÍ THƯ", "Phạm Minh Tuấn", "Mã xác thực:");
    landscapeOnePage(pdf);
    pdfA(pdf);
    assertThat(PdfPages.qrCodes(pdf, 0)).containsExactly("https://danvan.example.vn/xac-thuc/" + CODE);
    PdfPages.png(pdf, 0, Path.of("docs", "documents", "giay-chung-nhan.png"));
  }

  @Test
  void aRewardDecisionListsEveryRewardedModelUnderTheChairsAuthority() throws Exception {
    byte[] pdf = RENDERER.render(SamplePapers.rewardDecision(), SamplePapers.unsigned(CODE)).pdf();

    String text = PdfPages.text(pdf);
    assertThat(text).contains("ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 2345/QĐ-UBND", "Xuân Trường, ngày 05 tháng 01 năm 2027", "QUYẾT ĐỊNH",
        "Về việc tặng Giấy khen của Chủ tịch UBND huyện", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023", "Điều 1.",
        "Tặng Giấy khen của Chủ tịch UBND huyện cho 2 tập thể, cá nhân", "Nơi nhận:", "CHỦ TỊCH",
        "Nguyễn Văn Chủ tịch", "DANH SÁCH");
    SamplePapers.RECOGNISED.subList(0, 2).forEach(row -> assertThat(text).contains(row.name(), row.unit()));
    assertThat(text).doesNotContain(SamplePapers.RECOGNISED.get(2).name());
    pdfA(pdf);
  }

  @Test
  void aGiayKhenNamesTheModelItsUnitAndTheDecision() throws Exception {
    byte[] pdf = RENDERER.render(SamplePapers.rewardCertificate(), SamplePapers.unsigned(CODE)).pdf();

    assertThat(PdfPages.text(pdf)).contains("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN XUÂN TRƯỜNG", "TẶNG GIẤY KHEN",
        "Dân vận khéo trong dồn điền đổi thửa", "Xã Xuân Hồng",
        "Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2026",
        "Quyết định số 2345/QĐ-UBND ngày 05 tháng 01 năm 2027", "Nguyễn Văn Chủ tịch");
    landscapeOnePage(pdf);
    pdfA(pdf);
    PdfPages.png(pdf, 0, Path.of("docs", "documents", "giay-khen.png"));
  }

  @Test
  void aTemplateEditedByTheAdministratorReplacesThePackagedOne(@org.junit.jupiter.api.io.TempDir Path folder)
      throws Exception {
    String packaged = new String(getClass().getResourceAsStream("/templates/document/pdf/giay-chung-nhan.html")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    java.nio.file.Files.writeString(folder.resolve("giay-chung-nhan.html"),
        packaged.replace(">Chứng nhận<", ">Ban Thường vụ chứng nhận<"));
    DocumentRenderer edited = new DocumentRenderer(new DocumentSettings("", folder.toString(), "", "", "", ""));

    assertThat(PdfPages.text(edited.render(SamplePapers.recognitionCertificate(), SamplePapers.unsigned(CODE)).pdf()))
        .contains("Ban Thường vụ chứng nhận");
    // the other kinds still come from the packaged templates (and their shared fragments)
    assertThat(PdfPages.text(edited.render(SamplePapers.rewardCertificate(), SamplePapers.unsigned(CODE)).pdf()))
        .contains("TẶNG GIẤY KHEN");
  }

  private static void landscapeOnePage(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle box = document.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
    }
  }

  /** PDF/A-3b as far as PDFBox can tell: the XMP declares it, an sRGB output intent, every font embedded. */
  static void pdfA(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
      PDFAIdentificationSchema pdfa = xmp.getPDFAIdentificationSchema();
      assertThat(pdfa.getPart()).isEqualTo(3);
      assertThat(pdfa.getConformance()).isEqualTo("B");
      List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
      assertThat(intents).isNotEmpty();
      assertThat(intents.get(0).getDestOutputIntent()).isNotNull();
      assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
    }
    List<PDFont> fonts = PdfPages.fonts(pdf);
    assertThat(fonts).isNotEmpty().allSatisfy(font -> {
      assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
      assertThat(font.getName()).contains("LiberationSerif");
    });
  }

}
