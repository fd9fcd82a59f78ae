package vn.danvan.workflow.document;

/** What an issued document is; each has its template under templates/document/pdf/. */
public enum DocumentKind {
  RECOGNITION_DECISION("quyet-dinh-cong-nhan", "Quyết định công nhận", "quyet-dinh-cong-nhan"),
  RECOGNITION_CERTIFICATE("giay-chung-nhan", "Giấy chứng nhận", "giay-chung-nhan"),
  REWARD_DECISION("quyet-dinh-khen-thuong", "Quyết định khen thưởng", "quyet-dinh-khen-thuong"),
  REWARD_CERTIFICATE("giay-khen", "Giấy khen", "giay-khen"),
  PETITION_ANSWER("van-ban-tra-loi", "Văn bản trả lời đơn", "van-ban-tra-loi");

  private final String template;
  private final String label;
  private final String fileName;

  DocumentKind(String template, String label, String fileName) {
    this.template = template;
    this.label = label;
    this.fileName = fileName;
  }

  String template() { return template; }

  public String label() { return label; }

  String fileName() { return fileName; }

  boolean isCertificate() {
    return this == RECOGNITION_CERTIFICATE || this == REWARD_CERTIFICATE;
  }
}
