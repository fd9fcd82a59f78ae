package vn.danvan.workflow.petition;

/** How a petition reached the receiving unit. */
public enum PetitionChannel {
  IN_PERSON("Trực tiếp"), POST("Qua bưu chính"), PHONE("Qua điện thoại"), ONLINE("Trực tuyến");

  private final String label;

  PetitionChannel(String label) { this.label = label; }

  public String label() { return label; }
}
