package vn.danvan.workflow.reward;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.danvan.workflow.model.RecordedDecision;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.organisation.Authority;

/** A proposal to reward one model: its dossier, the council's review, the decision of the competent authority. */
@Entity
@Table(name = "reward_proposal")
public class RewardProposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "model_id")
  private Long modelId;
  @Column(name = "campaign_year")
  private int year;
  @Column(name = "council_area_id")
  private String councilAreaId;
  @Column(name = "council_group")
  private String councilGroup;
  @Enumerated(EnumType.STRING)
  private RewardStatus status;
  @Column(name = "letter_number")
  private String letterNumber;
  private String achievements;
  @Column(name = "missing_items")
  private String missingItems;
  @Column(name = "council_note")
  private String councilNote;
  @Column(name = "refusal_reason")
  private String refusalReason;
  @Column(name = "reward_form")
  private String rewardForm;
  @Column(name = "reward_form_name")
  private String rewardFormName;
  @Column(name = "authority_id")
  private Long authorityId;
  @Column(name = "authority_title")
  private String authorityTitle;
  @Column(name = "authority_level")
  private String authorityLevel;
  private boolean forwarded;
  @Embedded
  private RecordedDecision decision = new RecordedDecision();
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_at")
  private Instant createdAt;
  @Version
  private long version;

  protected RewardProposal() {
  }

  public RewardProposal(Long modelId, int year, String councilAreaId, String councilGroup, String processInstanceId,
      Instant createdAt) {
    this.modelId = modelId;
    this.year = year;
    this.councilAreaId = councilAreaId;
    this.councilGroup = councilGroup;
    this.processInstanceId = processInstanceId;
    this.createdAt = createdAt;
    this.status = RewardStatus.OPEN;
  }

  void submitted(String letterNumber, String achievements) {
    this.letterNumber = letterNumber;
    this.achievements = achievements;
    this.status = RewardStatus.SUBMITTED;
  }

  void returned(String missing) {
    this.missingItems = missing;
    this.status = RewardStatus.RETURNED;
  }

  /** Returned once already: a return always names what is missing, and it is kept. */
  boolean wasReturned() {
    return missingItems != null;
  }

  void refused(String reason, String by, Instant at) {
    this.refusalReason = reason;
    getDecision().decidedBy(by, at);
    this.status = RewardStatus.REFUSED;
  }

  void approved(Authority authority, boolean forwarded, String note) {
    this.rewardForm = authority.getRewardForm();
    this.rewardFormName = authority.getRewardFormName();
    this.authorityId = authority.getId();
    this.authorityTitle = authority.getActorTitle();
    this.authorityLevel = authority.getLevelName();
    this.forwarded = forwarded;
    this.councilNote = note;
    this.status = RewardStatus.APPROVED;
  }

  void sentUpward() {
    this.status = RewardStatus.FORWARDED;
  }

  void granted(SignedDecision decision, String by, Instant at) {
    getDecision().signed(decision, by, at);
    this.status = RewardStatus.GRANTED;
  }

  void notGranted(String reason, String by, Instant at) {
    this.refusalReason = reason;
    getDecision().decidedBy(by, at);
    this.status = RewardStatus.NOT_GRANTED;
  }

  public Long getId() { return id; }

  public Long getModelId() { return modelId; }

  public int getYear() { return year; }

  public String getCouncilAreaId() { return councilAreaId; }

  public String getCouncilGroup() { return councilGroup; }

  public RewardStatus getStatus() { return status; }

  public String getLetterNumber() { return letterNumber; }

  public String getAchievements() { return achievements; }

  public String getMissingItems() { return missingItems; }

  public String getCouncilNote() { return councilNote; }

  public String getRefusalReason() { return refusalReason; }

  public String getRewardForm() { return rewardForm; }

  public String getRewardFormName() { return rewardFormName; }

  public Long getAuthorityId() { return authorityId; }

  public String getAuthorityTitle() { return authorityTitle; }

  public String getAuthorityLevel() { return authorityLevel; }

  public boolean isForwarded() { return forwarded; }

  /** Hibernate loads all-null decision columns as no object: an undecided round has an empty one. */
  public RecordedDecision getDecision() {
    if (decision == null) {
      decision = new RecordedDecision();
    }
    return decision;
  }

  public String getProcessInstanceId() { return processInstanceId; }
}
