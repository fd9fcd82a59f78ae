package vn.danvan.workflow.web;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The look every XLSX the service writes shares (the report, the model list): a 13 pt bold title, grey bordered
 * headers that wrap, bordered cells. A workbook holds a limited number of styles, so they are made once per workbook.
 */
public final class SheetStyles {

  public final CellStyle title;
  public final CellStyle bold;
  public final CellStyle header;
  public final CellStyle text;
  public final CellStyle number;
  private final Workbook workbook;

  public SheetStyles(Workbook workbook) {
    this.workbook = workbook;
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    Font titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 13);
    title = workbook.createCellStyle();
    title.setFont(titleFont);
    bold = workbook.createCellStyle();
    bold.setFont(boldFont);
    header = bordered();
    header.setFont(boldFont);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = bordered();
    text.setWrapText(true);
    number = formatted("0");
  }

  /** A bordered cell with Excel's number format {@code format} (e.g. "dd/mm/yyyy", "+0;-0;0"). */
  public CellStyle formatted(String format) {
    CellStyle style = bordered();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  private CellStyle bordered() {
    CellStyle style = workbook.createCellStyle();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }
}
