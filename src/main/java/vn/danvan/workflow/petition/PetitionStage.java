package vn.danvan.workflow.petition;

/** Where a petition stands, with the label the public status page shows. */
public enum PetitionStage {
  RECEIVED("Đã tiếp nhận, đang phân loại, xem xét thụ lý"),
  ACCEPTED("Đã thụ lý, đang giải quyết"),
  SETTLED("Đã giải quyết"),
  NOT_ACCEPTED("Không thụ lý (đã thông báo lý do)"),
  TRANSFERRED("Đã chuyển cơ quan có thẩm quyền"),
  MERGED("Đã gộp với đơn trùng nội dung");

  private final String label;

  PetitionStage(String label) { this.label = label; }

  public String label() { return label; }

  /** No further step here: settled, refused, sent on or merged. */
  public boolean closed() { return this != RECEIVED && this != ACCEPTED; }
}
