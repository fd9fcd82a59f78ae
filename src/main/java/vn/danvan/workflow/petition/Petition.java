package vn.danvan.workflow.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen's petition as received: what it asks, where it stands and its clocks. The petitioner's identity is not
 * here but in {@link PetitionerIdentity}, read only through {@link Petitioners}.
 */
@Entity
@Table(name = "petition")
public class Petition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String trackingCode;

  @Enumerated(EnumType.STRING)
  private PetitionKind kind;

  @Enumerated(EnumType.STRING)
  private PetitionChannel channel;

  private String receivingUnitId;

  private String handlingUnitId;

  private String handlingOfficer;

  private String subject;

  private String content;

  private Instant receivedAt;

  private LocalDate receivedOn;

  @Enumerated(EnumType.STRING)
  private PetitionStage stage;

  private LocalDate acceptDueOn;

  private LocalDate acceptedOn;

  private LocalDate settleDueOn;

  @Enumerated(EnumType.STRING)
  private Complexity complexity;

  private boolean remoteArea;

  private int extensions;

  private LocalDate settledOn;

  private String outcome;

  private LocalDate escalatedOn;

  @Column(name = "merged_into_id")
  private Long mergedIntoId;

  private String processInstanceId;

  protected Petition() {
  }

  public Petition(String trackingCode, PetitionKind kind, PetitionChannel channel, String receivingUnitId,
      String subject, String content, Instant receivedAt, LocalDate receivedOn, LocalDate acceptDueOn) {
    this.trackingCode = trackingCode;
    this.kind = kind;
    this.channel = channel;
    this.receivingUnitId = receivingUnitId;
    this.subject = subject;
    this.content = content;
    this.receivedAt = receivedAt;
    this.receivedOn = receivedOn;
    this.acceptDueOn = acceptDueOn;
    this.stage = PetitionStage.RECEIVED;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void accept(String handlingUnitId, LocalDate on, Complexity complexity, boolean remoteArea, LocalDate settleDueOn) {
    requireStage(PetitionStage.RECEIVED);
    this.handlingUnitId = handlingUnitId;
    this.acceptedOn = on;
    this.complexity = complexity;
    this.remoteArea = remoteArea;
    this.settleDueOn = settleDueOn;
    this.stage = PetitionStage.ACCEPTED;
  }

  void extend(Complexity complexity, LocalDate settleDueOn) {
    requireStage(PetitionStage.ACCEPTED);
    this.complexity = complexity;
    this.settleDueOn = settleDueOn;
    this.extensions++;
  }

  void settle(LocalDate on, String outcome) {
    requireStage(PetitionStage.ACCEPTED);
    close(PetitionStage.SETTLED, on, outcome);
  }

  void refuse(LocalDate on, String reason) {
    requireStage(PetitionStage.RECEIVED);
    close(PetitionStage.NOT_ACCEPTED, on, reason);
  }

  void transferred(LocalDate on, String toBody) {
    close(PetitionStage.TRANSFERRED, on, "Chuyển đến " + toBody);
  }

  void mergeInto(Petition original, LocalDate on) {
    this.mergedIntoId = original.getId();
    close(PetitionStage.MERGED, on, "Gộp vào đơn " + original.getTrackingCode());
  }

  void escalated(LocalDate on) {
    this.escalatedOn = on;
  }

  void handledBy(String officer) {
    this.handlingOfficer = officer;
  }

  private void close(PetitionStage stage, LocalDate on, String outcome) {
    if (this.stage.closed()) {
      throw new IllegalStateException("petition " + trackingCode + " is already " + this.stage);
    }
    this.stage = stage;
    this.settledOn = on;
    this.outcome = outcome;
  }

  private void requireStage(PetitionStage expected) {
    if (stage != expected) {
      throw new IllegalStateException("petition " + trackingCode + " is " + stage + ", not " + expected);
    }
  }

  /** The date the current step must be done by: acceptance while received, settlement once accepted. */
  public LocalDate currentDueOn() {
    return switch (stage) {
      case RECEIVED -> acceptDueOn;
      case ACCEPTED -> settleDueOn;
      default -> null;
    };
  }

  /** Settled (or refused) after its due date; null while open. */
  public Boolean settledLate() {
    if (settledOn == null || stage == PetitionStage.TRANSFERRED || stage == PetitionStage.MERGED) {
      return null;
    }
    LocalDate due = stage == PetitionStage.NOT_ACCEPTED ? acceptDueOn : settleDueOn;
    return settledOn.isAfter(due);
  }

  public Long getId() { return id; }

  public String getTrackingCode() { return trackingCode; }

  public PetitionKind getKind() { return kind; }

  public PetitionChannel getChannel() { return channel; }

  public String getReceivingUnitId() { return receivingUnitId; }

  public String getHandlingUnitId() { return handlingUnitId; }

  public String getHandlingOfficer() { return handlingOfficer; }

  public String getSubject() { return subject; }

  public String getContent() { return content; }

  public Instant getReceivedAt() { return receivedAt; }

  public LocalDate getReceivedOn() { return receivedOn; }

  public PetitionStage getStage() { return stage; }

  public LocalDate getAcceptDueOn() { return acceptDueOn; }

  public LocalDate getAcceptedOn() { return acceptedOn; }

  public LocalDate getSettleDueOn() { return settleDueOn; }

  public Complexity getComplexity() { return complexity; }

  public boolean isRemoteArea() { return remoteArea; }

  public int getExtensions() { return extensions; }

  public LocalDate getSettledOn() { return settledOn; }

  public String getOutcome() { return outcome; }

  public LocalDate getEscalatedOn() { return escalatedOn; }

  public Long getMergedIntoId() { return mergedIntoId; }

  public String getProcessInstanceId() { return processInstanceId; }
}
