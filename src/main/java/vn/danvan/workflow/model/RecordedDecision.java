package vn.danvan.workflow.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The decision columns of a recognition round or a reward proposal: the paper (number, date, signer) when one was
 * signed, and who recorded the outcome when (also for a rejection or refusal, which has no paper).
 */
@Embeddable
public class RecordedDecision {

  @Column(name = "decision_number")
  private String number;
  @Column(name = "decision_date")
  private LocalDate date;
  @Column(name = "signer")
  private String signer;
  @Column(name = "decided_by")
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;

  /** A signed decision, recorded by {@code by} at {@code at}. */
  public void signed(SignedDecision decision, String by, Instant at) {
    this.number = decision.number();
    this.date = decision.date();
    this.signer = decision.signer();
    decidedBy(by, at);
  }

  /** An outcome without a paper (rejected, refused), recorded by {@code by} at {@code at}. */
  public void decidedBy(String by, Instant at) {
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public String getNumber() { return number; }

  public LocalDate getDate() { return date; }

  public String getSigner() { return signer; }

  public String getDecidedBy() { return decidedBy; }

  public Instant getDecidedAt() { return decidedAt; }
}
