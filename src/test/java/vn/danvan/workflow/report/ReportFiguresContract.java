package vn.danvan.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.calendar.TimeLimit;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.directive.Assignment;
import vn.danvan.workflow.directive.AssignmentRepository;
import vn.danvan.workflow.directive.Directive;
import vn.danvan.workflow.directive.DirectiveRepository;
import vn.danvan.workflow.directive.UnitReport;
import vn.danvan.workflow.directive.UnitReportRepository;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelDecision;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.FixedClock;
import vn.danvan.workflow.support.TimeTravel;

/**
 * A known data set, built directly in the tables of a sample district (huyện Hải Hậu), and every figure of its
 * reports checked in the JSON, in the XLSX (read back with POI) and in the PDF (read back with PDFBox, Vietnamese
 * diacritics included). Days are counted in Vietnam's time zone: an approval at 23:30 on 31/12 belongs to that
 * year, one at 00:30 on 01/01 to the next. The service's clock stands still at {@link #NOW}: days late are counted
 * up to that day, whatever the computer's date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"danvan.admin.password=" + Api.PASSWORD})
abstract class ReportFiguresContract {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String DISTRICT = "huyen-hai-hau";
  static final String BOARD = "bdv-hai-hau";
  static final String DONG = "xa-hai-dong";
  static final String TAY = "xa-hai-tay";
  @RegisterExtension
  static final FixedClock NOW = FixedClock.at("2026-11-20T10:00");
  static final LocalDate TODAY = NOW.today();
  static final String FARMERS = "hoi-nong-dan-hai-hau";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  UnitRepository units;
  @Autowired
  ModelRepository models;
  @Autowired
  ModelDecisionRepository decisions;
  @Autowired
  DirectiveRepository directives;
  @Autowired
  AssignmentRepository assignments;
  @Autowired
  UnitReportRepository unitReports;
  @Autowired
  IdentityService identity;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  WorkingDayCalendar calendar;

  @BeforeEach
  void knownDataSet() {
    if (units.existsById(DISTRICT)) {
      return;
    }
    transaction.executeWithoutResult(status -> build());
  }

  private void build() {
    units.save(new Unit(DISTRICT, "Huyện Hải Hậu", UnitKind.DISTRICT, null));
    units.save(new Unit(BOARD, "Ban Dân vận Huyện ủy Hải Hậu", UnitKind.PARTY_BODY, DISTRICT).oversees(DISTRICT));
    units.save(new Unit(DONG, "Xã Hải Đông", UnitKind.COMMUNE, DISTRICT));
    units.save(new Unit(TAY, "Xã Hải Tây", UnitKind.COMMUNE, DISTRICT));
    units.save(new Unit(FARMERS, "Hội Nông dân huyện Hải Hậu", UnitKind.MASS_ORGANISATION, DISTRICT));
    units.save(new Unit("huyen-khac", "Huyện khác", UnitKind.DISTRICT, null));
    units.save(new Unit("xa-ngoai", "Xã ngoài phạm vi", UnitKind.COMMUNE, "huyen-khac"));
    user("fixture-board", BOARD);
    user("fixture-tay", TAY);

    // 2025-Q3
    long tayQ3 = approved(TAY, ModelKind.MODEL, Field.ECONOMY, "2025-08-15T09:00");
    long dongQ3 = approved(DONG, ModelKind.MODEL, Field.ECONOMY, "2025-09-30T20:00");
    decide(tayQ3, "SELECT_OUTSTANDING", "2025-09-10T10:00");
    decide(tayQ3, "REWARD", "2025-08-30T10:00");
    decide(dongQ3, "REWARD", "2025-09-15T10:00");
    // 2025-Q4: 3 models and 2 exemplars registered
    long dongEconomy = approved(DONG, ModelKind.MODEL, Field.ECONOMY, "2025-10-05T09:00");
    approved(DONG, ModelKind.MODEL, Field.CULTURE_SOCIETY, "2025-12-31T23:30");
    approved(DONG, ModelKind.EXEMPLAR, Field.ECONOMY, "2025-11-11T09:00");
    approved(TAY, ModelKind.MODEL, Field.DEFENCE_SECURITY, "2025-10-20T09:00");
    long farmersExemplar = approved(FARMERS, ModelKind.EXEMPLAR, Field.POLITICAL_SYSTEM, "2025-12-01T09:00");
    decide(dongEconomy, "RECOGNISE", "2025-12-15T09:00");
    decide(tayQ3, "RECOGNISE", "2025-11-20T09:00");
    decide(dongEconomy, "SELECT_OUTSTANDING", "2025-12-20T09:00");
    decide(dongEconomy, "REPLICATE", "2025-12-22T09:00");
    decide(farmersExemplar, "REWARD", "2025-12-28T09:00");
    // not counted in 2025-Q4: next year (Vietnam time), returned, outside the district
    approved(TAY, ModelKind.MODEL, Field.ECONOMY, "2026-01-01T00:30");
    long returned = model(DONG, ModelKind.MODEL, Field.ECONOMY);
    decisions.save(new ModelDecision(returned, "Task_ReviewRegistration", "Thẩm định", "RETURN", null, "fixture",
        at("2025-11-01T09:00")));
    approved("xa-ngoai", ModelKind.MODEL, Field.ECONOMY, "2025-11-01T09:00");

    // a directive: plans due 31/10/2025, the annual report due on the 20th: Saturday 20/12/2025, so Monday 22/12
    Directive directive = directives.save(new Directive("01-CTr/HU", LocalDate.of(2025, 9, 1), DISTRICT, BOARD,
        "Chương trình mẫu", null, "fixture").followedUp(LocalDate.of(2025, 10, 31), 2025, 2025, 20,
        TimeLimit.workingDays(3), TimeLimit.workingDays(7), List.of(DISTRICT)));
    Assignment dong = new Assignment(directive.getId(), DONG);
    dong.planSubmitted("1-KH", "Kế hoạch", at("2025-10-30T16:00"));
    Assignment tay = new Assignment(directive.getId(), TAY);
    tay.planSubmitted("2-KH", "Kế hoạch", at("2025-11-03T08:00"));
    assignments.saveAll(List.of(dong, tay, new Assignment(directive.getId(), FARMERS)));
    UnitReport dongYear = new UnitReport(directive.getId(), DONG, "2025", LocalDate.of(2025, 12, 22));
    dongYear.submitted("Kết quả", null, null, "fixture", at("2025-12-20T22:00"));
    UnitReport tayYear = new UnitReport(directive.getId(), TAY, "2025", LocalDate.of(2025, 12, 22));
    tayYear.submitted("Kết quả", null, null, "fixture", at("2025-12-23T09:00"));
    unitReports.saveAll(List.of(dongYear, tayYear,
        new UnitReport(directive.getId(), FARMERS, "2025", LocalDate.of(2025, 12, 22))));
  }

  // ---- JSON --------------------------------------------------------------------------------------------------

  @Test
  void quarterReportJsonHasEveryIndicatorWithTheChangeOnThePreviousQuarter() {
    Map<String, Object> report = board().get("/api/reports/2025-Q4").getBody();

    assertThat(report.get("period")).isEqualTo(Map.of("code", "2025-Q4", "label", "Quý IV năm 2025",
        "from", "2025-10-01", "to", "2025-12-31"));
    assertThat(((Map<?, ?>) report.get("previousPeriod")).get("code")).isEqualTo("2025-Q3");
    assertThat(report).containsEntry("scope", "Huyện Hải Hậu").containsEntry("asOf", "2026-11-20")
        .containsEntry("generatedAt", "2026-11-20T03:00:00Z");
    assertThat(rows(report, "indicators")).extracting(i -> List.of(i.get("code"), i.get("models"),
        i.get("exemplars"), i.get("total"), i.get("previousTotal"), i.get("change"))).containsExactly(
        List.of("REGISTERED", 3, 2, 5, 2, 3),
        List.of("RECOGNISED", 2, 0, 2, 0, 2),
        List.of("OUTSTANDING", 1, 0, 1, 1, 0),
        List.of("REPLICATED", 1, 0, 1, 0, 1),
        List.of("REWARDED", 0, 1, 1, 2, -1));
  }

  @Test
  @SuppressWarnings("unchecked")
  void quarterReportJsonBreaksTheFiguresDownByFieldAndByUnit() {
    Map<String, Object> report = board().get("/api/reports/2025-Q4").getBody();

    assertThat(rows(report, "byField")).extracting(ReportFiguresContract::breakdown).containsExactly(
        List.of("Kinh tế", 2, 2, 1, 1, 0),
        List.of("Văn hóa - xã hội", 1, 0, 0, 0, 0),
        List.of("Quốc phòng - an ninh", 1, 0, 0, 0, 0),
        List.of("Xây dựng hệ thống chính trị", 1, 0, 0, 0, 1));
    assertThat(rows(report, "byUnit")).extracting(ReportFiguresContract::breakdown).containsExactly(
        List.of("Hội Nông dân huyện Hải Hậu", 1, 0, 0, 0, 1),
        List.of("Xã Hải Đông", 3, 1, 1, 1, 0),
        List.of("Xã Hải Tây", 1, 1, 0, 0, 0));
    // no petition was received here: every kind at zero, no unit
    Map<?, ?> petitions = (Map<?, ?>) report.get("petitions");
    assertThat((List<Map<String, Object>>) petitions.get("byKind"))
        .extracting(k -> k.get("key"), k -> k.get("received"))
        .containsExactly(tuple("KIEN_NGHI", 0), tuple("PHAN_ANH", 0), tuple("KHIEU_NAI", 0), tuple("TO_CAO", 0));
    assertThat(petitions.get("total")).isEqualTo(Map.of("key", "TOTAL", "label", "Tổng cộng", "received", 0,
        "settledOnTime", 0, "settledLate", 0, "overdue", 0, "open", 0, "closedOtherwise", 0));
    assertThat((List<?>) petitions.get("byUnit")).isEmpty();
  }

  @Test
  void quarterReportJsonListsTheUnitsLateWithPlansAndReports() {
    Map<String, Object> report = board().get("/api/reports/2025-Q4").getBody();

    assertThat(report.get("deadlines")).isEqualTo(Map.of("due", 6, "onTime", 2, "late", 2, "missing", 2,
        "notYetDue", 0));
    assertThat(rows(report, "lateUnits")).extracting(u -> List.of(u.get("unitName"), u.get("obligation"),
        u.get("dueOn"), String.valueOf(u.get("submittedOn")), ((Number) u.get("daysLate")).longValue()))
        .containsExactly(
            List.of("Hội Nông dân huyện Hải Hậu", "Kế hoạch thực hiện", "2025-10-31", "null",
                (long) calendar.workingDaysBetween(LocalDate.of(2025, 10, 31), TODAY)),
            List.of("Xã Hải Tây", "Kế hoạch thực hiện", "2025-10-31", "2025-11-03", 1L),
            List.of("Hội Nông dân huyện Hải Hậu", "Báo cáo năm 2025", "2025-12-22", "null",
                (long) calendar.workingDaysBetween(LocalDate.of(2025, 12, 22), TODAY)),
            List.of("Xã Hải Tây", "Báo cáo năm 2025", "2025-12-22", "2025-12-23", 1L));
  }

  @Test
  void yearAndDateRangeReportsCountTheWholePeriod() {
    Map<String, Object> year = board().get("/api/reports/2025").getBody();
    assertThat(rows(year, "indicators")).extracting(i -> List.of(i.get("models"), i.get("exemplars"),
        i.get("previousTotal"))).containsExactly(List.of(5, 2, 0), List.of(2, 0, 0), List.of(2, 0, 0),
        List.of(1, 0, 0), List.of(2, 1, 0));
    assertThat(((Map<?, ?>) year.get("previousPeriod")).get("code")).isEqualTo("2024");

    Map<String, Object> term = board().get("/api/reports/2021-01-01..2025-12-31").getBody();
    assertThat(((Map<?, ?>) term.get("period")).get("label")).isEqualTo("Từ ngày 01/01/2021 đến ngày 31/12/2025");
    assertThat(rows(term, "indicators")).extracting(i -> i.get("total")).containsExactly(7, 2, 2, 1, 3);

    // the approval at 00:30 on 01/01/2026 (Vietnam) is the only registration of 2026-Q1
    assertThat(rows(board().get("/api/reports/2026-Q1").getBody(), "indicators").get(0))
        .containsEntry("total", 1).containsEntry("change", -4);
  }

  @Test
  void aCommuneSeesOnlyItsOwnFigures() {
    Map<String, Object> report = Api.as(rest, "fixture-tay").get("/api/reports/2025-Q4").getBody();
    assertThat(report).containsEntry("scope", "Xã Hải Tây");
    assertThat(rows(report, "indicators").get(0)).containsEntry("total", 1).containsEntry("previousTotal", 1);
    assertThat(rows(report, "byUnit")).extracting(u -> u.get("label")).containsExactly("Xã Hải Tây");
    assertThat(rows(report, "lateUnits")).extracting(u -> u.get("unitName")).containsOnly("Xã Hải Tây");
  }

  @Test
  void aBadPeriodOrFormatIs400ProblemJson() {
    ResponseEntity<Map<String, Object>> bad = board().get("/api/reports/2025-Q5");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).containsEntry("type", "/problems/invalid-period")
        .containsEntry("title", "Kỳ báo cáo không hợp lệ");
    assertThat(board().get("/api/reports/2025?format=docx").getBody())
        .containsEntry("type", "/problems/invalid-format");
    assertThat(Api.anonymous(rest).get("/api/reports/2025").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /**
   * Asked on any day that matters (support/TimeTravel), the service counts days late up to that day and dates its
   * report with it; the report of the quarter under way is as of that day.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.danvan.workflow.support.TimeTravel#days")
  void onAnyDayDaysLateAreCountedUpToThatDay(TimeTravel.Day day) {
    day.set();
    Map<String, Object> report = board().get("/api/reports/2025-Q4").getBody();

    assertThat(report).containsEntry("asOf", day.date().toString())
        .containsEntry("generatedAt", day.instant().toString());
    assertThat(rows(report, "lateUnits")).filteredOn(u -> u.get("submittedOn") == null)
        .extracting(u -> u.get("dueOn") + " " + u.get("daysLate")).containsExactly(
            "2025-10-31 " + calendar.workingDaysBetween(LocalDate.of(2025, 10, 31), day.date()),
            "2025-12-22 " + calendar.workingDaysBetween(LocalDate.of(2025, 12, 22), day.date()));
    String quarter = day.date().getYear() + "-Q" + ((day.date().getMonthValue() + 2) / 3);
    Map<String, Object> current = board().get("/api/reports/" + quarter).getBody();
    assertThat(((Map<?, ?>) current.get("period")).get("code")).isEqualTo(quarter);
    assertThat(current).containsEntry("asOf", day.date().toString());
  }

  // ---- XLSX --------------------------------------------------------------------------------------------------

  @Test
  void xlsxHasTheSameFiguresAsNumbers() throws IOException {
    ResponseEntity<byte[]> answer = download("/api/reports/2025-Q4?format=xlsx");
    assertThat(answer.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("bao-cao-dan-van-kheo-2025-Q4.xlsx");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      Sheet results = workbook.getSheet("Kết quả");
      assertThat(results.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”");
      assertThat(results.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Kỳ báo cáo: Quý IV năm 2025 (01/10/2025 – 31/12/2025)");
      assertThat(results.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Phạm vi: Huyện Hải Hậu");
      assertThat(table(results)).containsExactly(
          List.of("Chỉ tiêu", "Mô hình", "Điển hình", "Tổng", "Kỳ trước", "Tăng, giảm"),
          List.of("Mô hình, điển hình đăng ký", 3L, 2L, 5L, 2L, 3L),
          List.of("Được công nhận", 2L, 0L, 2L, 0L, 2L),
          List.of("Tiêu biểu", 1L, 0L, 1L, 1L, 0L),
          List.of("Được nhân rộng", 1L, 0L, 1L, 0L, 1L),
          List.of("Được khen thưởng", 0L, 1L, 1L, 2L, -1L));
      assertThat(results.getRow(ReportXlsx.HEADER_ROW + 1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(table(workbook.getSheet("Theo lĩnh vực"))).containsExactly(
          List.of("Lĩnh vực", "Đăng ký", "Công nhận", "Tiêu biểu", "Nhân rộng", "Khen thưởng"),
          List.of("Kinh tế", 2L, 2L, 1L, 1L, 0L),
          List.of("Văn hóa - xã hội", 1L, 0L, 0L, 0L, 0L),
          List.of("Quốc phòng - an ninh", 1L, 0L, 0L, 0L, 0L),
          List.of("Xây dựng hệ thống chính trị", 1L, 0L, 0L, 0L, 1L));
      assertThat(table(workbook.getSheet("Theo đơn vị"))).containsExactly(
          List.of("Đơn vị", "Đăng ký", "Công nhận", "Tiêu biểu", "Nhân rộng", "Khen thưởng"),
          List.of("Hội Nông dân huyện Hải Hậu", 1L, 0L, 0L, 0L, 1L),
          List.of("Xã Hải Đông", 3L, 1L, 1L, 1L, 0L),
          List.of("Xã Hải Tây", 1L, 1L, 0L, 0L, 0L));
      assertThat(table(workbook.getSheet("Thời hạn"))).containsExactly(
          List.of("Phải nộp", "Đúng hạn", "Nộp chậm", "Quá hạn chưa nộp", "Chưa đến hạn"),
          List.of(6L, 2L, 2L, 2L, 0L));
      assertThat(table(workbook.getSheet("Đơn vị chậm"))).containsExactly(
          List.of("Đơn vị", "Nội dung", "Hạn", "Ngày nộp", "Số ngày chậm"),
          List.of("Hội Nông dân huyện Hải Hậu", "Kế hoạch thực hiện", "31/10/2025", "Chưa nộp",
              (long) calendar.workingDaysBetween(LocalDate.of(2025, 10, 31), TODAY)),
          List.of("Xã Hải Tây", "Kế hoạch thực hiện", "31/10/2025", "03/11/2025", 1L),
          List.of("Hội Nông dân huyện Hải Hậu", "Báo cáo năm 2025", "22/12/2025", "Chưa nộp",
              (long) calendar.workingDaysBetween(LocalDate.of(2025, 12, 22), TODAY)),
          List.of("Xã Hải Tây", "Báo cáo năm 2025", "22/12/2025", "23/12/2025", 1L));
      List<Object> header = List.of("Loại đơn", "Tiếp nhận", "Giải quyết đúng hạn", "Giải quyết trễ hạn",
          "Quá hạn chưa giải quyết", "Đang giải quyết", "Chuyển, gộp đơn");
      assertThat(table(workbook.getSheet("Đơn thư"))).containsExactly(header,
          List.of("Kiến nghị", 0L, 0L, 0L, 0L, 0L, 0L), List.of("Phản ánh", 0L, 0L, 0L, 0L, 0L, 0L),
          List.of("Khiếu nại", 0L, 0L, 0L, 0L, 0L, 0L), List.of("Tố cáo", 0L, 0L, 0L, 0L, 0L, 0L),
          List.of("Tổng cộng", 0L, 0L, 0L, 0L, 0L, 0L));
      assertThat(table(workbook.getSheet("Đơn thư theo đơn vị"))).hasSize(1);
    }
  }

  // ---- PDF ---------------------------------------------------------------------------------------------------

  @Test
  void pdfShowsEveryFigureWithItsVietnameseText() throws IOException {
    ResponseEntity<byte[]> answer = download("/api/reports/2025-Q4?format=pdf");
    assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/pdf");

    java.nio.file.Files.write(java.nio.file.Path.of("target", "report-2025-Q4.pdf"), answer.getBody());
    String text;
    try (PDDocument pdf = Loader.loadPDF(answer.getBody())) {
      text = new PDFTextStripper().getText(pdf);
      assertThat(pdf.getDocumentInformation().getTitle()).contains("Quý IV năm 2025");
    }
    List<String> lines = text.lines().map(String::strip).toList();
    assertThat(lines).contains(
        "BÁO CÁO",
        "KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”",
        "Kỳ báo cáo: Quý IV năm 2025 (01/10/2025 – 31/12/2025)",
        "Phạm vi: Huyện Hải Hậu",
        "So sánh với kỳ trước: Quý III năm 2025",
        "I. Kết quả trong kỳ",
        "Chỉ tiêu Mô hình Điển hình Tổng Kỳ trước Tăng, giảm",
        "Mô hình, điển hình đăng ký 3 2 5 2 +3",
        "Được công nhận 2 0 2 0 +2",
        "Tiêu biểu 1 0 1 1 0",
        "Được nhân rộng 1 0 1 0 +1",
        "Được khen thưởng 0 1 1 2 -1",
        "II. Theo lĩnh vực",
        "Lĩnh vực Đăng ký Công nhận Tiêu biểu Nhân rộng Khen thưởng",
        "Kinh tế 2 2 1 1 0",
        "Văn hóa - xã hội 1 0 0 0 0",
        "Quốc phòng - an ninh 1 0 0 0 0",
        "Xây dựng hệ thống chính trị 1 0 0 0 1",
        "III. Theo đơn vị",
        "Hội Nông dân huyện Hải Hậu 1 0 0 0 1",
        "Xã Hải Đông 3 1 1 1 0",
        "Xã Hải Tây 1 1 0 0 0",
        "IV. Thực hiện thời hạn kế hoạch, báo cáo",
        "Phải nộp Đúng hạn Nộp chậm Quá hạn chưa nộp Chưa đến hạn",
        "6 2 2 2 0",
        "V. Đơn vị chậm kế hoạch, báo cáo",
        "Đơn vị Nội dung Hạn Ngày nộp Số ngày chậm",
        "Xã Hải Tây Kế hoạch thực hiện 31/10/2025 03/11/2025 1",
        "Xã Hải Tây Báo cáo năm 2025 22/12/2025 23/12/2025 1",
        "VI. Tiếp nhận, giải quyết đơn thư",
        "Kiến nghị 0 0 0 0 0 0",
        "Tố cáo 0 0 0 0 0 0",
        "Tổng cộng 0 0 0 0 0 0",
        "VII. Tiếp nhận, giải quyết đơn thư theo đơn vị");
    assertThat(lines).contains(
        "Hội Nông dân huyện Hải Hậu Kế hoạch thực hiện 31/10/2025 Chưa nộp "
            + calendar.workingDaysBetween(LocalDate.of(2025, 10, 31), TODAY),
        "Hội Nông dân huyện Hải Hậu Báo cáo năm 2025 22/12/2025 Chưa nộp "
            + calendar.workingDaysBetween(LocalDate.of(2025, 12, 22), TODAY));
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private Api board() {
    return Api.as(rest, "fixture-board");
  }

  private ResponseEntity<byte[]> download(String path) {
    ResponseEntity<byte[]> answer = rest.withBasicAuth("fixture-board", Api.PASSWORD).getForEntity(path,
        byte[].class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer;
  }

  private long approved(String unitId, ModelKind kind, Field field, String localTime) {
    long id = model(unitId, kind, field);
    decisions.save(new ModelDecision(id, "Task_ReviewRegistration", "Thẩm định hồ sơ đăng ký", "APPROVE", null,
        "fixture", at(localTime)));
    return id;
  }

  private long model(String unitId, ModelKind kind, Field field) {
    MobilizationModel model = new MobilizationModel(kind, unitId, field, 2025, "fixture");
    model.describe(new RegistrationDossier("Mô hình mẫu", "Thực trạng", "Mục tiêu", "Nội dung", "Phạm vi",
        "Lực lượng", null, "Lộ trình", "Kết quả", null));
    model.markRegistered();
    return models.save(model).getId();
  }

  private void decide(long modelId, String decision, String localTime) {
    decisions.save(new ModelDecision(modelId, "fixture", decision, decision, null, "fixture", at(localTime)));
  }

  private static Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(VN).toInstant();
  }

  private void user(String id, String group) {
    User user = identity.newUser(id);
    user.setFirstName("Người dùng");
    user.setLastName("thử");
    user.setPassword(Api.PASSWORD);
    identity.saveUser(user);
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      org.camunda.bpm.engine.identity.Group g = identity.newGroup(group);
      g.setName(group);
      identity.saveGroup(g);
    }
    identity.createMembership(id, group);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> report, String key) {
    return (List<Map<String, Object>>) report.get(key);
  }

  private static List<Object> breakdown(Map<String, Object> row) {
    return List.of(row.get("label"), row.get("registered"), row.get("recognised"), row.get("outstanding"),
        row.get("replicated"), row.get("rewarded"));
  }

  /** The sheet's table from its header row: strings as strings, numbers as longs. */
  private static List<List<Object>> table(Sheet sheet) {
    List<List<Object>> table = new ArrayList<>();
    for (int r = ReportXlsx.HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<Object> cells = new ArrayList<>();
      for (Cell cell : row) {
        cells.add(cell.getCellType() == CellType.NUMERIC ? (Object) (long) cell.getNumericCellValue()
            : cell.getStringCellValue());
      }
      table.add(cells);
    }
    return table;
  }
}
