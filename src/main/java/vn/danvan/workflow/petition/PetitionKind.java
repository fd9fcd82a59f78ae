package vn.danvan.workflow.petition;

/** What a citizen's letter asks for, as the Law on Citizen Reception 2013 sorts them. Each kind has its process. */
public enum PetitionKind {
  KIEN_NGHI("Kiến nghị", PetitionProcess.FEEDBACK),
  PHAN_ANH("Phản ánh", PetitionProcess.FEEDBACK),
  KHIEU_NAI("Khiếu nại", PetitionProcess.COMPLAINT),
  TO_CAO("Tố cáo", PetitionProcess.DENUNCIATION);

  private final String label;
  private final String processKey;

  PetitionKind(String label, String processKey) {
    this.label = label;
    this.processKey = processKey;
  }

  public String label() { return label; }

  public String processKey() { return processKey; }

  /** A denunciation's author is protected (Luật Tố cáo 2018, art. 47–48): only the handling officer and their leader. */
  public boolean protectsPetitioner() { return this == TO_CAO; }
}
