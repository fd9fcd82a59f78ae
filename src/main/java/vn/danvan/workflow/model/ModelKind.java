package vn.danvan.workflow.model;

/** Mô hình (a collective practice) or điển hình (an exemplary person or collective). */
public enum ModelKind {
  MODEL("Mô hình"), EXEMPLAR("Điển hình");

  private final String label;

  ModelKind(String label) { this.label = label; }

  public String label() { return label; }
}
