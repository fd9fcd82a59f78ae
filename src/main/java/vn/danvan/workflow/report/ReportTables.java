package vn.danvan.workflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.report.Report.Breakdown;
import vn.danvan.workflow.report.Report.Indicator;
import vn.danvan.workflow.report.Report.LateUnit;
import vn.danvan.workflow.report.Report.PetitionFigures;

/** The report's tables, once, so the XLSX and the PDF show the same headings and the same figures. */
final class ReportTables {

  /**
   * A table: cells are String or Long; signed columns show their sign (+2, -1). widths are relative, for the PDF.
   */
  record Table(String sheet, String title, List<String> headers, float[] widths, Set<Integer> signedColumns,
      List<List<Object>> rows) {
  }

  private ReportTables() {
  }

  static String title() {
    return "BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO”";
  }

  static List<String> heading(Report report) {
    return List.of(
        "Kỳ báo cáo: " + report.period().label() + " (" + VietnamTime.format(report.period().from()) + " – "
            + VietnamTime.format(report.period().to()) + ")",
        "Phạm vi: " + report.scope(),
        "So sánh với kỳ trước: " + report.previousPeriod().label(),
        "Số liệu tính đến ngày " + VietnamTime.format(report.asOf()));
  }

  static List<Table> of(Report report) {
    List<Table> tables = new ArrayList<>();
    List<List<Object>> indicators = new ArrayList<>();
    for (Indicator i : report.indicators()) {
      indicators.add(List.of(i.label(), i.models(), i.exemplars(), i.total(), i.previousTotal(), i.change()));
    }
    tables.add(new Table("Kết quả", "I. Kết quả trong kỳ",
        List.of("Chỉ tiêu", "Mô hình", "Điển hình", "Tổng", "Kỳ trước", "Tăng, giảm"),
        new float[] {3.2f, 1, 1, 1, 1, 1.1f}, Set.of(5), indicators));
    tables.add(breakdown("Theo lĩnh vực", "II. Theo lĩnh vực", "Lĩnh vực", report.byField()));
    tables.add(breakdown("Theo đơn vị", "III. Theo đơn vị", "Đơn vị", report.byUnit()));
    Report.Deadlines d = report.deadlines();
    tables.add(new Table("Thời hạn", "IV. Thực hiện thời hạn kế hoạch, báo cáo",
        List.of("Phải nộp", "Đúng hạn", "Nộp chậm", "Quá hạn chưa nộp", "Chưa đến hạn"),
        new float[] {1, 1, 1, 1, 1}, Set.of(), List.of(List.of(d.due(), d.onTime(), d.late(), d.missing(),
            d.notYetDue()))));
    List<List<Object>> late = new ArrayList<>();
    for (LateUnit u : report.lateUnits()) {
      late.add(List.of(u.unitName(), u.obligation(), day(u.dueOn()),
          u.submittedOn() == null ? "Chưa nộp" : day(u.submittedOn()), u.daysLate()));
    }
    tables.add(new Table("Đơn vị chậm", "V. Đơn vị chậm kế hoạch, báo cáo",
        List.of("Đơn vị", "Nội dung", "Hạn", "Ngày nộp", "Số ngày chậm"),
        new float[] {145, 130, 64, 64, 86}, Set.of(), late));
    Report.Petitions petitions = report.petitions();
    List<PetitionFigures> kinds = new ArrayList<>(petitions.byKind());
    kinds.add(petitions.total());
    tables.add(petitions("Đơn thư", "VI. Tiếp nhận, giải quyết đơn thư", "Loại đơn", kinds));
    tables.add(petitions("Đơn thư theo đơn vị", "VII. Tiếp nhận, giải quyết đơn thư theo đơn vị",
        "Đơn vị tiếp nhận", petitions.byUnit()));
    return tables;
  }

  /** The heading of the coordinator's assessment, numbered after the tables. */
  static String assessmentTitle() {
    return "VIII. Nhận xét, đánh giá";
  }

  private static Table petitions(String sheet, String title, String first, List<PetitionFigures> rows) {
    List<List<Object>> cells = new ArrayList<>();
    for (PetitionFigures p : rows) {
      cells.add(List.of(p.label(), p.received(), p.settledOnTime(), p.settledLate(), p.overdue(), p.open(),
          p.closedOtherwise()));
    }
    return new Table(sheet, title, List.of(first, "Tiếp nhận", "Giải quyết đúng hạn", "Giải quyết trễ hạn",
        "Quá hạn chưa giải quyết", "Đang giải quyết", "Chuyển, gộp đơn"),
        new float[] {2.2f, 1, 1, 1, 1, 1, 1}, Set.of(), cells);
  }

  private static Table breakdown(String sheet, String title, String first, List<Breakdown> rows) {
    List<List<Object>> cells = new ArrayList<>();
    for (Breakdown b : rows) {
      cells.add(List.of(b.label(), b.registered(), b.recognised(), b.outstanding(), b.replicated(), b.rewarded()));
    }
    return new Table(sheet, title, List.of(first, "Đăng ký", "Công nhận", "Tiêu biểu", "Nhân rộng", "Khen thưởng"),
        new float[] {2.4f, 1, 1, 1, 1, 1.1f}, Set.of(), cells);
  }

  static String text(Object cell, boolean signed) {
    if (cell instanceof Long n && signed && n > 0) {
      return "+" + n;
    }
    return String.valueOf(cell);
  }

  private static String day(LocalDate day) {
    return VietnamTime.format(day);
  }
}
