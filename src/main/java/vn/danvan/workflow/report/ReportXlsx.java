package vn.danvan.workflow.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.report.ReportTables.Table;
import vn.danvan.workflow.web.SheetStyles;

/**
 * The report as an Excel workbook: one sheet per table, each starting with the report's title and period so a
 * sheet copied elsewhere still says what it is. Figures are numeric cells (signed change: format +0;-0;0).
 */
@Component
class ReportXlsx {

  static final int HEADER_ROW = 6;

  byte[] render(Report report) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      SheetStyles styles = new SheetStyles(workbook);
      CellStyle signed = styles.formatted("+0;-0;0");
      for (Table table : ReportTables.of(report)) {
        Sheet sheet = workbook.createSheet(table.sheet());
        int r = 0;
        cell(sheet.createRow(r++), 0, ReportTables.title(), styles.title);
        for (String line : ReportTables.heading(report)) {
          cell(sheet.createRow(r++), 0, line, null);
        }
        cell(sheet.createRow(r), 0, table.title(), styles.bold);
        r = HEADER_ROW;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < table.headers().size(); c++) {
          cell(header, c, table.headers().get(c), styles.header);
        }
        for (List<Object> values : table.rows()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            Cell cell = row.createCell(c);
            if (value instanceof Long n) {
              cell.setCellValue(n);
              cell.setCellStyle(table.signedColumns().contains(c) ? signed : styles.number);
            } else {
              cell.setCellValue(String.valueOf(value));
              cell.setCellStyle(styles.text);
            }
          }
        }
        sheet.setColumnWidth(0, 45 * 256);
        for (int c = 1; c < table.headers().size(); c++) {
          sheet.setColumnWidth(c, (table.sheet().equals("Đơn vị chậm") && c == 1 ? 32 : 14) * 256);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cell(Row row, int column, String text, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
