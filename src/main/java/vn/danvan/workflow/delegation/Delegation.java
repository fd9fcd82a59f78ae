package vn.danvan.workflow.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * "Ủy quyền khi vắng mặt": from {@code startsOn} to {@code endsOn} (Vietnam dates, both included) the tasks offered
 * to {@code absentUser} are offered to {@code substitute} too. Cancelling keeps the row (who acted for whom stays
 * explainable).
 */
@Entity
@Table(name = "delegation")
public class Delegation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "absent_user")
  private String absentUser;

  private String substitute;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  protected Delegation() {
  }

  Delegation(String absentUser, String substitute, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
    this.absentUser = absentUser;
    this.substitute = substitute;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.createdAt = createdAt;
  }

  /** In force on {@code day}: not cancelled and the day within the range. */
  public boolean activeOn(LocalDate day) {
    return cancelledAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  void cancel(Instant at) {
    this.cancelledAt = at;
  }

  public Long getId() { return id; }

  public String getAbsentUser() { return absentUser; }

  public String getSubstitute() { return substitute; }

  public LocalDate getStartsOn() { return startsOn; }

  public LocalDate getEndsOn() { return endsOn; }

  public Instant getCreatedAt() { return createdAt; }

  public Instant getCancelledAt() { return cancelledAt; }
}
