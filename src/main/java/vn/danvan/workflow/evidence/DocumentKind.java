package vn.danvan.workflow.evidence;

/** What a file is: the reward dossier's three documents, and the usual evidence of results. */
public enum DocumentKind {
  PROPOSAL_LETTER("Tờ trình kèm danh sách"),
  ACHIEVEMENT_REPORT("Báo cáo thành tích"),
  MINUTES("Biên bản họp"),
  PHOTO("Hình ảnh"),
  DATA("Số liệu, bảng tổng hợp"),
  OTHER("Tài liệu khác");

  private final String label;

  DocumentKind(String label) { this.label = label; }

  public String label() { return label; }
}
