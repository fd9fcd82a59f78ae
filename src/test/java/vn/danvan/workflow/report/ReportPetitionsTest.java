package vn.danvan.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danvan.workflow.report.PetitionReportFixture.BAC_NAME;
import static vn.danvan.workflow.report.PetitionReportFixture.BAC_USER;
import static vn.danvan.workflow.report.PetitionReportFixture.DISTRICT_USER;
import static vn.danvan.workflow.report.PetitionReportFixture.NAM_NAME;
import static vn.danvan.workflow.report.PetitionReportFixture.PETITIONER;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * The citizens' petitions of {@link PetitionReportFixture}'s district in GET /api/reports/{period}: the JSON's figures
 * by kind, in all and by receiving unit, as of the report's day, and the same figures in the XLSX and in the PDF's
 * text; a commune sees its own; no petitioner's name in any of them.
 */
class ReportPetitionsTest extends ServiceOnH2 {

  private static final List<String> FIGURES = List.of("received", "settledOnTime", "settledLate", "overdue", "open",
      "closedOtherwise");
  private static final List<String> HEADERS = List.of("Tiếp nhận", "Giải quyết đúng hạn", "Giải quyết trễ hạn",
      "Quá hạn chưa giải quyết", "Đang giải quyết", "Chuyển, gộp đơn");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ApplicationContext context;

  @BeforeEach
  void petitionsFiled() {
    PetitionReportFixture.ensure(context);
  }

  @Test
  void theQuartersPetitionsByKindInAllAndByUnitAreTheSameInJsonXlsxAndPdf() throws IOException {
    Map<String, Object> report = Api.as(rest, DISTRICT_USER).get("/api/reports/2026-Q4").getBody();
    assertThat(report).containsEntry("asOf", "2026-11-20");
    Map<String, Object> petitions = petitions(report);

    List<List<Object>> byKind = rows(petitions, "byKind");
    assertThat(byKind).containsExactly(
        List.of("KIEN_NGHI", "Kiến nghị", 1L, 0L, 0L, 1L, 1L, 0L),
        List.of("PHAN_ANH", "Phản ánh", 1L, 0L, 0L, 0L, 1L, 0L),
        List.of("KHIEU_NAI", "Khiếu nại", 3L, 1L, 1L, 0L, 0L, 1L),
        List.of("TO_CAO", "Tố cáo", 1L, 0L, 0L, 1L, 1L, 0L));
    List<Object> total = row(map(petitions.get("total")));
    assertThat(total).isEqualTo(List.of("TOTAL", "Tổng cộng", 6L, 1L, 1L, 2L, 3L, 1L));
    List<List<Object>> byUnit = rows(petitions, "byUnit");
    assertThat(byUnit).containsExactly(
        List.of(PetitionReportFixture.BAC, BAC_NAME, 4L, 1L, 1L, 1L, 2L, 0L),
        List.of(PetitionReportFixture.NAM, NAM_NAME, 2L, 0L, 0L, 1L, 1L, 1L));
    assertThat(report.toString()).doesNotContain(PETITIONER);

    List<List<Object>> kindsAndTotal = new ArrayList<>(byKind);
    kindsAndTotal.add(total);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        download("/api/reports/2026-Q4?format=xlsx")))) {
      assertThat(table(workbook.getSheet("Đơn thư"))).isEqualTo(expected("Loại đơn", kindsAndTotal));
      assertThat(table(workbook.getSheet("Đơn thư theo đơn vị"))).isEqualTo(expected("Đơn vị tiếp nhận", byUnit));
    }

    String text;
    try (PDDocument pdf = Loader.loadPDF(download("/api/reports/2026-Q4?format=pdf"))) {
      text = new PDFTextStripper().getText(pdf);
    }
    List<String> lines = text.lines().map(String::strip).toList();
    assertThat(lines).containsSubsequence("V. Đơn vị chậm kế hoạch, báo cáo", "VI. Tiếp nhận, giải quyết đơn thư",
        "Kiến nghị 1 0 0 1 1 0", "Phản ánh 1 0 0 0 1 0", "Khiếu nại 3 1 1 0 0 1", "Tố cáo 1 0 0 1 1 0",
        "Tổng cộng 6 1 1 2 3 1", "VII. Tiếp nhận, giải quyết đơn thư theo đơn vị", BAC_NAME + " 4 1 1 1 2 0",
        NAM_NAME + " 2 0 0 1 1 1");
    assertThat(text).doesNotContain(PETITIONER);
  }

  @Test
  void aPeriodCountsThePetitionsReceivedInItAndACommuneItsOwn() {
    Map<String, Object> quarter3 = petitions(Api.as(rest, DISTRICT_USER).get("/api/reports/2026-Q3").getBody());
    assertThat(row(map(quarter3.get("total")))).containsExactly("TOTAL", "Tổng cộng", 1L, 0L, 0L, 1L, 1L, 0L);
    assertThat(rows(quarter3, "byKind").get(0)).containsExactly("KIEN_NGHI", "Kiến nghị", 1L, 0L, 0L, 1L, 1L, 0L);

    Map<String, Object> year = petitions(Api.as(rest, DISTRICT_USER).get("/api/reports/2026").getBody());
    assertThat(row(map(year.get("total")))).containsExactly("TOTAL", "Tổng cộng", 7L, 1L, 1L, 3L, 4L, 1L);

    Map<String, Object> bac = petitions(Api.as(rest, BAC_USER).get("/api/reports/2026-Q4").getBody());
    assertThat(row(map(bac.get("total")))).containsExactly("TOTAL", "Tổng cộng", 4L, 1L, 1L, 1L, 2L, 0L);
    assertThat(rows(bac, "byUnit")).extracting(r -> r.get(1)).containsExactly(BAC_NAME);
    assertThat(rows(bac, "byKind")).extracting(r -> r.get(0))
        .containsExactly("KIEN_NGHI", "PHAN_ANH", "KHIEU_NAI", "TO_CAO");
  }

  private byte[] download(String path) {
    ResponseEntity<byte[]> answer = rest.withBasicAuth(DISTRICT_USER, Api.PASSWORD).getForEntity(path, byte[].class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static Map<String, Object> petitions(Map<String, Object> report) {
    return map(report.get("petitions"));
  }

  @SuppressWarnings("unchecked")
  private static List<List<Object>> rows(Map<String, Object> petitions, String key) {
    return ((List<Map<String, Object>>) petitions.get(key)).stream().map(ReportPetitionsTest::row).toList();
  }

  /** key, label and the figures, as longs. */
  private static List<Object> row(Map<String, Object> figures) {
    List<Object> row = new ArrayList<>(List.of(figures.get("key"), figures.get("label")));
    FIGURES.forEach(f -> row.add(((Number) figures.get(f)).longValue()));
    return row;
  }

  /** The sheet a table of JSON rows must be: the header, then each row's label and figures. */
  private static List<List<Object>> expected(String first, List<List<Object>> rows) {
    List<List<Object>> table = new ArrayList<>();
    List<Object> header = new ArrayList<>(List.of(first));
    header.addAll(HEADERS);
    table.add(header);
    rows.forEach(r -> table.add(r.subList(1, r.size())));
    return table;
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
