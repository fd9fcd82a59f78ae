package vn.danvan.workflow.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.danvan.workflow.model.RecordedDecision;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.organisation.Authority;

/**
 * The recognition of one level in one year: the list the steering committee proposes (with the minutes of its
 * meeting) and the decision of the body with the RECOGNISE power (number, date, signer).
 */
@Entity
@Table(name = "recognition_round")
public class RecognitionRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_year")
  private int year;
  @Column(name = "area_id")
  private String areaId;
  @Column(name = "level_name")
  private String levelName;
  @Column(name = "decider_group")
  private String deciderGroup;
  @Column(name = "decider_title")
  private String deciderTitle;
  @Column(name = "proposer_group")
  private String proposerGroup;
  @Column(name = "proposer_title")
  private String proposerTitle;
  @Column(name = "publicist_group")
  private String publicistGroup;

  @Enumerated(EnumType.STRING)
  private RoundStatus status;

  @Column(name = "minutes_number")
  private String minutesNumber;
  @Column(name = "minutes_date")
  private LocalDate minutesDate;
  @Column(name = "proposal_note")
  private String proposalNote;
  @Column(name = "return_reason")
  private String returnReason;
  @Column(name = "rejection_reason")
  private String rejectionReason;
  @Embedded
  private RecordedDecision decision = new RecordedDecision();
  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected RecognitionRound() {
  }

  public RecognitionRound(int year, Authority authority) {
    this.year = year;
    this.areaId = authority.getAreaId();
    this.levelName = authority.getLevelName();
    this.deciderGroup = authority.getActorGroup();
    this.deciderTitle = authority.getActorTitle();
    this.proposerGroup = authority.getProposerGroup() != null ? authority.getProposerGroup()
        : authority.getActorGroup();
    this.proposerTitle = authority.getProposerTitle();
    this.publicistGroup = authority.getPublicistGroup();
    this.status = RoundStatus.OPEN;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void proposed(String minutesNumber, LocalDate minutesDate, String note) {
    this.minutesNumber = minutesNumber;
    this.minutesDate = minutesDate;
    this.proposalNote = note;
    this.status = RoundStatus.PROPOSED;
  }

  void returned(String reason) {
    this.returnReason = reason;
    this.status = RoundStatus.RETURNED;
  }

  void rejected(String reason, String by, Instant at) {
    this.rejectionReason = reason;
    getDecision().decidedBy(by, at);
    this.status = RoundStatus.REJECTED;
  }

  void decided(SignedDecision decision, String by, Instant at) {
    getDecision().signed(decision, by, at);
    this.status = RoundStatus.DECIDED;
  }

  /** "Công nhận ... cấp huyện năm 2026". */
  String title() {
    return "Công nhận mô hình, điển hình \"Dân vận khéo\" " + levelName + " năm " + year;
  }

  public Long getId() { return id; }

  public int getYear() { return year; }

  public String getAreaId() { return areaId; }

  public String getLevelName() { return levelName; }

  public String getDeciderGroup() { return deciderGroup; }

  public String getDeciderTitle() { return deciderTitle; }

  public String getProposerGroup() { return proposerGroup; }

  public String getProposerTitle() { return proposerTitle; }

  public String getPublicistGroup() { return publicistGroup; }

  public RoundStatus getStatus() { return status; }

  public String getMinutesNumber() { return minutesNumber; }

  public LocalDate getMinutesDate() { return minutesDate; }

  public String getProposalNote() { return proposalNote; }

  public String getReturnReason() { return returnReason; }

  public String getRejectionReason() { return rejectionReason; }

  /** Hibernate loads all-null decision columns as no object: an undecided round has an empty one. */
  public RecordedDecision getDecision() {
    if (decision == null) {
      decision = new RecordedDecision();
    }
    return decision;
  }

  public String getProcessInstanceId() { return processInstanceId; }
}
