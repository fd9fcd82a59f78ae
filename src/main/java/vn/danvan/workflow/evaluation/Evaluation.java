package vn.danvan.workflow.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** One model's evaluation in one yearly campaign: self-assessment, adjustment, rating, yearly review. */
@Entity
@Table(name = "evaluation")
public class Evaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "model_id")
  private Long modelId;

  @Column(name = "campaign_year")
  private int year;

  @Enumerated(EnumType.STRING)
  private EvaluationStatus status;

  @Column(name = "self_creativity")
  private Integer selfCreativity;
  @Column(name = "self_effectiveness")
  private Integer selfEffectiveness;
  @Column(name = "self_consensus")
  private Integer selfConsensus;
  @Column(name = "self_sustainability")
  private Integer selfSustainability;
  @Column(name = "self_note")
  private String selfNote;
  @Column(name = "self_assessed_by")
  private String selfAssessedBy;
  @Column(name = "self_assessed_at")
  private Instant selfAssessedAt;

  @Column(name = "missing_items")
  private String missingItems;

  private Integer creativity;
  private Integer effectiveness;
  private Integer consensus;
  private Integer sustainability;
  private Integer bonus;
  @Column(name = "adjust_reason")
  private String adjustReason;
  @Column(name = "reviewed_by")
  private String reviewedBy;
  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  private BigDecimal score;
  private String rating;
  @Column(name = "rating_label")
  private String ratingLabel;
  private Boolean recognisable;
  @Column(name = "verdict_reason")
  private String verdictReason;

  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_at")
  private Instant createdAt;
  @Version
  private long version;

  protected Evaluation() {
  }

  public Evaluation(Long modelId, int year, String processInstanceId, Instant createdAt) {
    this.modelId = modelId;
    this.year = year;
    this.processInstanceId = processInstanceId;
    this.createdAt = createdAt;
    this.status = EvaluationStatus.OPEN;
  }

  void selfAssessed(Scores scores, String note, String by, Instant at) {
    this.selfCreativity = scores.creativity();
    this.selfEffectiveness = scores.effectiveness();
    this.selfConsensus = scores.consensus();
    this.selfSustainability = scores.sustainability();
    this.selfNote = note;
    this.selfAssessedBy = by;
    this.selfAssessedAt = at;
    this.status = EvaluationStatus.SELF_ASSESSED;
  }

  void returned(String missing) {
    this.missingItems = missing;
    this.status = EvaluationStatus.RETURNED;
  }

  /** Returned once already: a return always names what is missing, and it is kept. */
  boolean wasReturned() {
    return missingItems != null;
  }

  void late() {
    this.status = EvaluationStatus.LATE;
  }

  void adjusted(Scores scores, int bonus, String reason, String by, Instant at) {
    this.creativity = scores.creativity();
    this.effectiveness = scores.effectiveness();
    this.consensus = scores.consensus();
    this.sustainability = scores.sustainability();
    this.bonus = bonus;
    this.adjustReason = reason;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  void rated(BigDecimal score, String rating, String label, boolean recognisable) {
    this.score = score;
    this.rating = rating;
    this.ratingLabel = label;
    this.recognisable = recognisable;
    this.status = EvaluationStatus.RATED;
  }

  void kept(String reason) {
    this.status = EvaluationStatus.KEPT;
    this.verdictReason = reason;
  }

  void removed(String reason) {
    this.status = EvaluationStatus.REMOVED;
    this.verdictReason = reason;
    this.recognisable = false;
  }

  public Long getId() { return id; }

  public Long getModelId() { return modelId; }

  public int getYear() { return year; }

  public EvaluationStatus getStatus() { return status; }

  public Scores getSelfScores() {
    return selfCreativity == null ? null
        : new Scores(selfCreativity, selfEffectiveness, selfConsensus, selfSustainability);
  }

  public String getSelfNote() { return selfNote; }

  public String getSelfAssessedBy() { return selfAssessedBy; }

  public Instant getSelfAssessedAt() { return selfAssessedAt; }

  public String getMissingItems() { return missingItems; }

  public Scores getScores() {
    return creativity == null ? null : new Scores(creativity, effectiveness, consensus, sustainability);
  }

  public Integer getBonus() { return bonus; }

  public String getAdjustReason() { return adjustReason; }

  public String getReviewedBy() { return reviewedBy; }

  public Instant getReviewedAt() { return reviewedAt; }

  public BigDecimal getScore() { return score; }

  public String getRating() { return rating; }

  public String getRatingLabel() { return ratingLabel; }

  public boolean isRecognisable() { return Boolean.TRUE.equals(recognisable); }

  public String getVerdictReason() { return verdictReason; }

  public String getProcessInstanceId() { return processInstanceId; }
}
