package vn.danvan.workflow.model;

/** Lĩnh vực: the four fields of social life the movement covers. */
public enum Field {
  ECONOMY("Kinh tế"),
  CULTURE_SOCIETY("Văn hóa - xã hội"),
  DEFENCE_SECURITY("Quốc phòng - an ninh"),
  POLITICAL_SYSTEM("Xây dựng hệ thống chính trị");

  private final String label;

  Field(String label) { this.label = label; }

  public String label() { return label; }
}
