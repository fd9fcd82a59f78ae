package vn.danvan.workflow.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Nhân rộng: a unit that adopted the model, and since when. */
@Entity
@Table(name = "replication")
public class Replication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "model_id")
  private Long modelId;
  @Column(name = "adopting_unit_id")
  private String adoptingUnitId;
  @Column(name = "adopted_on")
  private LocalDate adoptedOn;
  private String note;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected Replication() {
  }

  public Replication(Long modelId, String adoptingUnitId, LocalDate adoptedOn, String note, String recordedBy,
      Instant recordedAt) {
    this.modelId = modelId;
    this.adoptingUnitId = adoptingUnitId;
    this.adoptedOn = adoptedOn;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }

  public Long getModelId() { return modelId; }

  public String getAdoptingUnitId() { return adoptingUnitId; }

  public LocalDate getAdoptedOn() { return adoptedOn; }

  public String getNote() { return note; }

  public String getRecordedBy() { return recordedBy; }

  public Instant getRecordedAt() { return recordedAt; }
}
