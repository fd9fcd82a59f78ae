package vn.danvan.workflow.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.report.ReportTables.Table;

/**
 * The report as an Excel workbook: one sheet per table, each starting with the report's title and period so a
 * sheet copied elsewhere still says what it is. Figures are numeric cells (signed change: format +0;-0;0).
 */
@Component
class ReportXlsx {

  static final int HEADER_ROW = 6;

  byte[] render(Report report) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
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
              cell.setCellStyle(table.signedColumns().contains(c) ? styles.signed : styles.number);
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

  private static final class Styles {
    final CellStyle title;
    final CellStyle bold;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle signed;

    Styles(XSSFWorkbook workbook) {
      Font boldFont = workbook.createFont();
      boldFont.setBold(true);
      Font titleFont = workbook.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 13);
      title = workbook.createCellStyle();
      title.setFont(titleFont);
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      header = bordered(workbook);
      header.setFont(boldFont);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      text = bordered(workbook);
      text.setWrapText(true);
      number = bordered(workbook);
      number.setDataFormat(workbook.createDataFormat().getFormat("0"));
      signed = bordered(workbook);
      signed.setDataFormat(workbook.createDataFormat().getFormat("+0;-0;0"));
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }
  }
}
