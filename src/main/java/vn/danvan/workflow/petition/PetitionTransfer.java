package vn.danvan.workflow.petition;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A petition sent on to the body competent for it, with where its clock stood (days since receipt). */
@Entity
@Table(name = "petition_transfer")
public class PetitionTransfer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long petitionId;

  private String fromUnitId;

  private String toBody;

  private String reason;

  private Instant transferredAt;

  private String transferredBy;

  private int daysElapsed;

  protected PetitionTransfer() {
  }

  PetitionTransfer(Long petitionId, String fromUnitId, String toBody, String reason, Instant transferredAt,
      String transferredBy, int daysElapsed) {
    this.petitionId = petitionId;
    this.fromUnitId = fromUnitId;
    this.toBody = toBody;
    this.reason = reason;
    this.transferredAt = transferredAt;
    this.transferredBy = transferredBy;
    this.daysElapsed = daysElapsed;
  }

  public Long getPetitionId() { return petitionId; }

  public String getFromUnitId() { return fromUnitId; }

  public String getToBody() { return toBody; }

  public String getReason() { return reason; }

  public Instant getTransferredAt() { return transferredAt; }

  public String getTransferredBy() { return transferredBy; }

  public int getDaysElapsed() { return daysElapsed; }
}
