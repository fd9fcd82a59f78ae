package vn.danvan.workflow.petition;

/**
 * How complex a complaint or denunciation is, decided at acceptance. It sets the complaint's limit (30 or 45 days,
 * Luật Khiếu nại 2011 art. 28) and how often a denunciation's may be extended (Luật Tố cáo 2018 art. 30).
 */
public enum Complexity {
  NORMAL(0), COMPLEX(1), VERY_COMPLEX(2);

  private final int denunciationExtensions;

  Complexity(int denunciationExtensions) { this.denunciationExtensions = denunciationExtensions; }

  /** How many 30-day extensions a denunciation of this complexity may have. */
  public int denunciationExtensions() { return denunciationExtensions; }
}
