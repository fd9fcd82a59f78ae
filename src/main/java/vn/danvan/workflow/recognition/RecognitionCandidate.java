package vn.danvan.workflow.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A model rated high enough to stand in a recognition round, and what became of it. */
@Entity
@Table(name = "recognition_candidate")
public class RecognitionCandidate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id")
  private Long roundId;
  @Column(name = "model_id")
  private Long modelId;
  private BigDecimal score;
  @Column(name = "rating_label")
  private String ratingLabel;
  @Enumerated(EnumType.STRING)
  private CandidateStatus status;
  private boolean outstanding;

  protected RecognitionCandidate() {
  }

  public RecognitionCandidate(Long roundId, Long modelId, BigDecimal score, String ratingLabel) {
    this.roundId = roundId;
    this.modelId = modelId;
    this.score = score;
    this.ratingLabel = ratingLabel;
    this.status = CandidateStatus.CANDIDATE;
  }

  void proposed(boolean proposed) {
    this.status = proposed ? CandidateStatus.PROPOSED : CandidateStatus.CANDIDATE;
  }

  void decided(boolean recognised) {
    if (status == CandidateStatus.PROPOSED) {
      this.status = recognised ? CandidateStatus.RECOGNISED : CandidateStatus.NOT_RECOGNISED;
    }
  }

  void markOutstanding() {
    this.outstanding = status == CandidateStatus.RECOGNISED;
  }

  public Long getId() { return id; }

  public Long getRoundId() { return roundId; }

  public Long getModelId() { return modelId; }

  public BigDecimal getScore() { return score; }

  public String getRatingLabel() { return ratingLabel; }

  public CandidateStatus getStatus() { return status; }

  public boolean isOutstanding() { return outstanding; }
}
