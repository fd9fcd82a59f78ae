package vn.danvan.workflow.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Danh sách mô hình" over HTTP: the page /mo-hinh, GET /api/models and both Excel exports give the same list
 * (the caller's units only, filtered, searched without diacritics, sorted, paged). Each test names its models with
 * a word of its own and searches for it, as other suites add models to the same units.
 */
class ModelListTest extends ServiceOnH2 {

  private static final AtomicInteger TAG = new AtomicInteger();

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ModelRepository models;
  @Autowired
  ModelSearch search;

  /** A word no other test's model has ("mlxa", "mlxb"...): each test searches for its own. */
  private static String tag() {
    int n = TAG.getAndIncrement();
    return "mlx" + (char) ('a' + n / 26) + (char) ('a' + n % 26);
  }

  private MobilizationModel saved(String name, String unitId, Field field, int year, boolean registered) {
    MobilizationModel model = new MobilizationModel(ModelKind.MODEL, unitId, field, year, "commune1");
    model.describe(new RegistrationDossier(name, "s", "g", "c", "a", "f", null, "t", "o", null));
    if (registered) {
      model.markRegistered();
    }
    return models.save(model);
  }

  @Test
  void aCommuneSeesOnlyItsUnitsModelsInThePageTheApiAndTheExcel() throws IOException {
    String tag = tag();
    saved("Dồn điền đổi thửa " + tag, "xa-xuan-hong", Field.ECONOMY, 2026, false);
    saved("Dồn điền của xã khác " + tag, "xa-xuan-tan", Field.ECONOMY, 2026, false);

    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    HttpResponse<String> page = commune1.get("/mo-hinh?q=" + tag);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Danh sách mô hình", "Dồn điền đổi thửa " + tag, "1 mô hình")
        .doesNotContain("Dồn điền của xã khác " + tag);
    assertThat(unitChoices(page.body())).containsExactly("xa-xuan-hong");

    assertThat(names(Api.as(rest, "commune1").get("/api/models?q=" + tag).getBody()))
        .containsExactly("Dồn điền đổi thửa " + tag);
    assertThat(excelNames(download(commune1, "/mo-hinh/xuat-excel?q=" + tag)))
        .containsExactly("Dồn điền đổi thửa " + tag);
    assertThat(excelNames(Api.as(rest, "commune1").download("/api/models/export?q=" + tag).getBody()))
        .containsExactly("Dồn điền đổi thửa " + tag);
    // the district's board sees both communes
    assertThat(names(Api.as(rest, "reviewer").get("/api/models?q=" + tag + "&sort=unit").getBody()))
        .containsExactly("Dồn điền đổi thửa " + tag, "Dồn điền của xã khác " + tag);
    // asking for another unit's models gives none, not an error
    assertThat(names(Api.as(rest, "commune1").get("/api/models?q=" + tag + "&unitId=xa-xuan-tan").getBody()))
        .isEmpty();
  }

  @Test
  void textSearchIgnoresCaseAndDiacriticsAndFindsTheUnitsName() {
    String tag = tag();
    saved("DỒN ĐIỀN Đổi Thửa " + tag, "xa-xuan-hong", Field.ECONOMY, 2026, false);
    saved("Khu dân cư văn hóa " + tag, "xa-xuan-tan", Field.CULTURE_SOCIETY, 2026, false);
    Api reviewer = Api.as(rest, "reviewer");

    for (String typed : List.of("dồn điền", "don dien", "DON DIEN", "điền đổi", "dien don")) {
      assertThat(names(reviewer.get("/api/models?q=" + typed + " " + tag).getBody())).as(typed)
          .containsExactly("DỒN ĐIỀN Đổi Thửa " + tag);
    }
    assertThat(names(reviewer.get("/api/models?q=xuan tan " + tag).getBody()))
        .as("words of the unit's name").containsExactly("Khu dân cư văn hóa " + tag);
    assertThat(names(reviewer.get("/api/models?q=dồn điền xuân hồng " + tag).getBody()))
        .as("words of the model's and the unit's name together").containsExactly("DỒN ĐIỀN Đổi Thửa " + tag);
    assertThat(names(reviewer.get("/api/models?q=dồn%điền " + tag).getBody())).as("% is a character").isEmpty();
    assertThat(names(reviewer.get("/api/models?q=don_dien " + tag).getBody())).as("_ is a character").isEmpty();

    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    assertThat(commune1.get("/mo-hinh?q=don+dien+" + tag).body()).contains("DỒN ĐIỀN Đổi Thửa " + tag);
  }

  @Test
  void filtersByYearFieldStatusAndUnitNarrowTheList() {
    String tag = tag();
    saved("Kinh tế 2025 " + tag, "xa-xuan-hong", Field.ECONOMY, 2025, true);
    saved("Kinh tế 2026 " + tag, "xa-xuan-hong", Field.ECONOMY, 2026, false);
    saved("Quốc phòng 2026 " + tag, "xa-xuan-hong", Field.DEFENCE_SECURITY, 2026, true);
    saved("Xuân Tân 2026 " + tag, "xa-xuan-tan", Field.ECONOMY, 2026, true);
    Api reviewer = Api.as(rest, "reviewer");
    String q = "/api/models?q=" + tag + "&sort=name";

    assertThat(names(reviewer.get(q + "&year=2025").getBody())).containsExactly("Kinh tế 2025 " + tag);
    assertThat(names(reviewer.get(q + "&field=DEFENCE_SECURITY").getBody()))
        .containsExactly("Quốc phòng 2026 " + tag);
    assertThat(names(reviewer.get(q + "&status=REGISTERED&year=2026").getBody()))
        .containsExactly("Quốc phòng 2026 " + tag, "Xuân Tân 2026 " + tag);
    assertThat(names(reviewer.get(q + "&unitId=xa-xuan-tan").getBody())).containsExactly("Xuân Tân 2026 " + tag);

    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    String filtered = commune1.get("/mo-hinh?q=" + tag + "&year=2026&field=ECONOMY&status=SUBMITTED").body();
    assertThat(filtered).contains("Kinh tế 2026 " + tag, "1 mô hình", "Chờ thẩm định")
        .doesNotContain("Kinh tế 2025 " + tag, "Quốc phòng 2026 " + tag);
    assertThat(filtered).containsPattern("<option value=\"2026\" selected=\"selected\">2026</option>");
    String none = commune1.get("/mo-hinh?q=" + tag + "&year=2024").body();
    assertThat(none).contains("Không có mô hình nào phù hợp.", "0 mô hình").doesNotContain("<table");
  }

  @Test
  void theYearChoicesAreTheYearsOfTheModelsOneMaySeeNewestFirst() {
    String tag = tag();
    saved("Năm 2003 " + tag, "xa-xuan-tan", Field.ECONOMY, 2003, true);
    saved("Năm 2004 " + tag, "xa-xuan-hong", Field.ECONOMY, 2004, false);

    List<Integer> commune = yearChoices(PortalSession.signedIn(port, "commune1").get("/mo-hinh").body());
    List<Integer> district = yearChoices(PortalSession.signedIn(port, "reviewer").get("/mo-hinh").body());

    assertThat(commune).contains(2004).doesNotContain(2003).isSortedAccordingTo((a, b) -> b - a);
    assertThat(district).contains(2004, 2003).isSortedAccordingTo((a, b) -> b - a);
    assertThat(district).containsAll(commune);
  }

  private static List<Integer> yearChoices(String page) {
    List<Integer> years = new ArrayList<>();
    Matcher option = Pattern.compile("<option value=\"(\\d{4})\"").matcher(page);
    while (option.find()) {
      years.add(Integer.valueOf(option.group(1)));
    }
    return years;
  }

  @Test
  void theListIsSortedByTheChosenColumnEitherWay() {
    String tag = tag();
    saved("Bàu sen " + tag, "xa-xuan-hong", Field.POLITICAL_SYSTEM, 2024, false);
    saved("Ấp mới " + tag, "xa-xuan-hong", Field.ECONOMY, 2026, false);
    saved("Cây đa " + tag, "xa-xuan-hong", Field.CULTURE_SOCIETY, 2025, false);
    Api commune1 = Api.as(rest, "commune1");

    assertThat(names(commune1.get("/api/models?q=" + tag + "&sort=name").getBody()))
        .containsExactly("Ấp mới " + tag, "Bàu sen " + tag, "Cây đa " + tag);
    assertThat(names(commune1.get("/api/models?q=" + tag + "&sort=name,desc").getBody()))
        .containsExactly("Cây đa " + tag, "Bàu sen " + tag, "Ấp mới " + tag);
    assertThat(names(commune1.get("/api/models?q=" + tag + "&sort=year,desc").getBody()))
        .containsExactly("Ấp mới " + tag, "Cây đa " + tag, "Bàu sen " + tag);
    assertThat(names(commune1.get("/api/models?q=" + tag + "&sort=field").getBody()))
        .as("the movement's order of fields").containsExactly("Ấp mới " + tag, "Cây đa " + tag, "Bàu sen " + tag);
    assertThat(names(commune1.get("/api/models?q=" + tag).getBody()))
        .as("newest first by default, as before").containsExactly("Cây đa " + tag, "Ấp mới " + tag, "Bàu sen " + tag);
    ResponseEntity<Map<String, Object>> wrong = commune1.get("/api/models?sort=password");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody()).containsEntry("title", "Cách sắp xếp không hợp lệ");

    PortalSession page = PortalSession.signedIn(port, "commune1");
    String byName = page.get("/mo-hinh?q=" + tag + "&sort=name").body();
    assertThat(byName.indexOf("Ấp mới " + tag)).isLessThan(byName.indexOf("Bàu sen " + tag));
    assertThat(byName.indexOf("Bàu sen " + tag)).isLessThan(byName.indexOf("Cây đa " + tag));
    assertThat(byName).contains("aria-sort=\"ascending\"")
        .contains("href=\"/mo-hinh?q=" + tag + "&amp;sort=name,desc\"");
    String desc = page.get("/mo-hinh?q=" + tag + "&sort=name,desc").body();
    assertThat(desc).contains("aria-sort=\"descending\"");
    assertThat(desc.indexOf("Cây đa " + tag)).isLessThan(desc.indexOf("Ấp mới " + tag));
  }

  @Test
  void pagesHoldTwentyModelsAndSayWhichPageThisIs() {
    String tag = tag();
    for (int i = 1; i <= 21; i++) {
      saved("Mô hình số %02d %s".formatted(i, tag), "xa-xuan-hong", Field.ECONOMY, 2026, false);
    }
    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    String first = commune1.get("/mo-hinh?q=" + tag + "&sort=name").body();
    assertThat(first).contains("21 mô hình", "Trang 1 / 2", "Mô hình số 20 " + tag)
        .doesNotContain("Mô hình số 21 " + tag).contains("href=\"/mo-hinh?q=" + tag + "&amp;sort=name&amp;page=1\"");
    String second = commune1.get("/mo-hinh?q=" + tag + "&sort=name&page=1").body();
    assertThat(second).contains("Trang 2 / 2", "Mô hình số 21 " + tag).doesNotContain("Mô hình số 20 " + tag);
    assertThat(commune1.get("/mo-hinh?q=" + tag + "&page=7").body()).as("past the end: the last page")
        .contains("Trang 2 / 2");

    Map<String, Object> api = Api.as(rest, "commune1").get("/api/models?q=" + tag + "&size=5&page=4").getBody();
    assertThat(api).containsEntry("page", 4).containsEntry("size", 5).containsEntry("totalElements", 21);
    assertThat(names(api)).hasSize(1);
  }

  @Test
  void pastTheCountLimitTheListSaysMoreThanAndStillPages() {
    String tag = tag();
    for (int i = 1; i <= 22; i++) {
      saved("Mô hình đếm %02d %s".formatted(i, tag), "xa-xuan-hong", Field.ECONOMY, 2026, false);
    }
    int before = search.countLimit(5);
    try {
      PortalSession commune1 = PortalSession.signedIn(port, "commune1");
      String first = commune1.get("/mo-hinh?q=" + tag + "&sort=name").body();
      assertThat(first).contains("hơn 20 mô hình", "Trang 1 / hơn 1", "Mô hình đếm 20 " + tag)
          .contains("href=\"/mo-hinh?q=" + tag + "&amp;sort=name&amp;page=1\"");
      String second = commune1.get("/mo-hinh?q=" + tag + "&sort=name&page=1").body();
      assertThat(second).as("counted to the end of page 2: exact again").contains("22 mô hình", "Trang 2 / 2",
          "Mô hình đếm 22 " + tag).doesNotContain("hơn");

      Map<String, Object> api = Api.as(rest, "commune1").get("/api/models?q=" + tag + "&size=5").getBody();
      assertThat(api).containsEntry("totalElements", 5).containsEntry("totalIsLowerBound", true);
      assertThat(names(api)).hasSize(5);
      Map<String, Object> last = Api.as(rest, "commune1").get("/api/models?q=" + tag + "&size=5&page=4").getBody();
      assertThat(last).containsEntry("totalElements", 22).doesNotContainKey("totalIsLowerBound");
      assertThat(names(last)).hasSize(2);
    } finally {
      search.countLimit(before);
    }
  }

  @Test
  void anHtmxRequestRedrawsOnlyTheResultsAndTheAddress() {
    String tag = tag();
    saved("Đường hoa " + tag, "xa-xuan-hong", Field.CULTURE_SOCIETY, 2026, false);
    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    HttpResponse<String> fragment = commune1.send(HttpRequest.newBuilder(
            commune1.uri("/mo-hinh?q=" + tag + "&year=&field=&status=&unitId="))
        .header("HX-Request", "true").GET());
    assertThat(fragment.statusCode()).isEqualTo(200);
    assertThat(fragment.body()).startsWith("<div id=\"model-results\">").contains("Đường hoa " + tag)
        .doesNotContain("<html", "<form");
    assertThat(fragment.headers().firstValue("HX-Push-Url")).hasValue("/mo-hinh?q=" + tag);
  }

  @Test
  void theExcelHoldsExactlyTheFilteredRowsInTheListsOrder() throws IOException {
    String tag = tag();
    saved("Bàu sen " + tag, "xa-xuan-hong", Field.ECONOMY, 2026, true);
    saved("Ấp mới " + tag, "xa-xuan-hong", Field.ECONOMY, 2026, false);
    saved("Năm trước " + tag, "xa-xuan-hong", Field.ECONOMY, 2025, false);
    PortalSession commune1 = PortalSession.signedIn(port, "commune1");
    commune1.get("/mo-hinh");
    HttpResponse<byte[]> download = commune1.send(HttpRequest.newBuilder(
        commune1.uri("/mo-hinh/xuat-excel?q=" + tag + "&year=2026&sort=name")).GET(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue(ModelListXlsx.XLSX.toString());
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"danh-sach-mo-hinh-20261120.xlsx\"");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
      XSSFSheet sheet = workbook.getSheet("Danh sách mô hình");
      DataFormatter format = new DataFormatter();
      assertThat(cells(sheet.getRow(ModelListXlsx.HEADER_ROW), format)).containsExactly("STT",
          "Tên mô hình / điển hình", "Loại", "Đơn vị", "Lĩnh vực", "Năm", "Trạng thái", "Ngày đăng ký", "Cập nhật");
      assertThat(sheet.getLastRowNum()).isEqualTo(ModelListXlsx.HEADER_ROW + 2);
      assertThat(cells(sheet.getRow(ModelListXlsx.HEADER_ROW + 1), format)).containsExactly("1", "Ấp mới " + tag,
          "Mô hình", "Xã Xuân Hồng", "Kinh tế", "2026", "Chờ thẩm định", "20/11/2026", "20/11/2026");
      assertThat(cells(sheet.getRow(ModelListXlsx.HEADER_ROW + 2), format).get(6)).isEqualTo("Đã đăng ký");
      assertThat(format.formatCellValue(sheet.getRow(1).getCell(0))).contains("20/11/2026", "năm 2026",
          "tìm \"" + tag + "\"", "Tổng số: 2 mô hình");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (ModelListXlsx.HEADER_ROW + 1));
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:I6");
    }
  }

  @Test
  void theListAndItsExcelNeedALogin() {
    PortalSession anonymous = new PortalSession(port);
    for (String path : List.of("/mo-hinh", "/mo-hinh?q=x", "/mo-hinh/xuat-excel")) {
      HttpResponse<String> page = anonymous.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(302);
      assertThat(page.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/dang-nhap");
    }
    assertThat(Api.anonymous(rest).status("/api/models/export")).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aModelNamedLikeAScriptIsShownAsTextInTheList() {
    String tag = tag();
    saved("<script>alert(1)</script> " + tag, "xa-xuan-hong", Field.ECONOMY, 2026, false);
    String body = PortalSession.signedIn(port, "commune1").get("/mo-hinh?q=" + tag).body();
    assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt; " + tag).doesNotContain("<script>alert(1)");
  }

  private static byte[] download(PortalSession session, String path) {
    HttpResponse<byte[]> response = session.send(HttpRequest.newBuilder(session.uri(path)).GET(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private static List<String> unitChoices(String html) {
    String select = html.substring(html.indexOf("id=\"filter-unit\""), html.indexOf("</select>",
        html.indexOf("id=\"filter-unit\"")));
    List<String> values = new ArrayList<>();
    Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select);
    while (option.find()) {
      values.add(option.group(1));
    }
    return values;
  }

  private static List<String> cells(Row row, DataFormatter format) {
    List<String> values = new ArrayList<>();
    row.forEach(cell -> values.add(format.formatCellValue(cell)));
    return values;
  }

  private static List<String> excelNames(byte[] xlsx) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<String> names = new ArrayList<>();
      for (int r = ModelListXlsx.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
        names.add(sheet.getRow(r).getCell(1).getStringCellValue());
      }
      return names;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> names(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("content")).stream().map(m -> (String) m.get("name")).toList();
  }
}
