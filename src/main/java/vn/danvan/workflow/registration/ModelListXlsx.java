package vn.danvan.workflow.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.registration.ModelSearch.Criteria;
import vn.danvan.workflow.registration.ModelSearch.Found;
import vn.danvan.workflow.registration.ModelSearch.Line;
import vn.danvan.workflow.web.SheetStyles;

/**
 * "Danh sách mô hình" as an Excel workbook, in Vietnamese: a title, the filters and the day, then one row per model
 * in the list's order under a frozen header with an autofilter. Dates are date cells (dd/mm/yyyy), years numbers.
 */
@Component
class ModelListXlsx {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final String SHEET = "Danh sách mô hình";
  /** Rows above the header: title, filters, the note when the list was cut. */
  static final int HEADER_ROW = 3;
  static final List<String> HEADERS = List.of("STT", "Tên mô hình / điển hình", "Loại", "Đơn vị", "Lĩnh vực",
      "Năm", "Trạng thái", "Ngày đăng ký", "Cập nhật");
  private static final int[] WIDTHS = {6, 50, 11, 28, 24, 7, 22, 13, 13};
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final MessageSource messages;

  ModelListXlsx(MessageSource messages) {
    this.messages = messages;
  }

  /** The download: danh-sach-mo-hinh-20261120.xlsx. */
  ResponseEntity<byte[]> download(Criteria criteria, Found found, LocalDate today, String unitName) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName(today)).build().toString())
        .body(render(criteria, found, today, unitName));
  }

  static String fileName(LocalDate day) {
    return "danh-sach-mo-hinh-" + day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
  }

  byte[] render(Criteria criteria, Found found, LocalDate today, String unitName) {
    // streamed: 10,000 rows are written through a window of 200, not held as 90,000 cell objects
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SheetStyles styles = new SheetStyles(workbook);
      CellStyle date = styles.formatted("dd/mm/yyyy");
      Sheet sheet = workbook.createSheet(SHEET);
      text(sheet.createRow(0), 0, SHEET, styles.title);
      text(sheet.createRow(1), 0, "Ngày xuất: " + VietnamTime.format(today) + ". " + filters(criteria, unitName)
          + ". Tổng số: " + (found.more() ? "hơn " : "") + found.total() + " mô hình.", null);
      if (found.more() || found.total() > found.lines().size()) {
        text(sheet.createRow(2), 0, "Chỉ có " + found.lines().size() + " mô hình đầu tiên trong "
            + (found.more() ? "hơn " : "") + found.total() + " mô hình; hãy lọc thêm để tải đủ.", styles.bold);
      }
      Row header = sheet.createRow(HEADER_ROW);
      for (int c = 0; c < HEADERS.size(); c++) {
        text(header, c, HEADERS.get(c), styles.header);
      }
      int r = HEADER_ROW + 1;
      for (Line line : found.lines()) {
        Row row = sheet.createRow(r);
        number(row, 0, r - HEADER_ROW, styles.number);
        text(row, 1, line.name(), styles.text);
        text(row, 2, line.kind().label(), styles.text);
        text(row, 3, line.unitName(), styles.text);
        text(row, 4, line.field().label(), styles.text);
        number(row, 5, line.year(), styles.number);
        text(row, 6, status(line.status()), styles.text);
        date(row, 7, line.createdAt(), date);
        date(row, 8, line.updatedAt(), date);
        r++;
      }
      for (int c = 0; c < WIDTHS.length; c++) {
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      sheet.createFreezePane(0, HEADER_ROW + 1);
      sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, HEADERS.size() - 1));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose(); // its temporary files
    }
  }

  String status(ModelStatus status) {
    return messages.getMessage("model.status." + status.name(), null, status.name(), VIETNAMESE);
  }

  private String filters(Criteria criteria, String unitName) {
    List<String> parts = new ArrayList<>();
    if (criteria.year() != null) {
      parts.add("năm " + criteria.year());
    }
    if (criteria.field() != null) {
      parts.add("lĩnh vực " + criteria.field().label());
    }
    if (criteria.status() != null) {
      parts.add("trạng thái " + status(criteria.status()));
    }
    if (criteria.unitId() != null) {
      parts.add("đơn vị " + (unitName == null ? criteria.unitId() : unitName));
    }
    if (criteria.q() != null) {
      parts.add("tìm \"" + criteria.q() + "\"");
    }
    return parts.isEmpty() ? "Mọi mô hình được xem" : "Lọc: " + String.join(", ", parts);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void number(Row row, int column, int value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void date(Row row, int column, Instant value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(VietnamTime.dayOf(value));
    }
    cell.setCellStyle(style);
  }
}
