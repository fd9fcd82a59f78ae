package vn.danvan.workflow.directive;

/** A unit leads (chủ trì) a directive's task or takes part in it (phối hợp, tham gia). */
public enum TaskRole {
  LEAD("Chủ trì"), PARTICIPANT("Phối hợp");

  private final String label;

  TaskRole(String label) { this.label = label; }

  public String label() { return label; }
}
