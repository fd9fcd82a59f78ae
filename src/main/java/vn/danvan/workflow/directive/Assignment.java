package vn.danvan.workflow.directive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A unit that must make an implementation plan for a directive and report on it, and its plan's state.
 * planSubmittedAt is the first time a plan was sent: a unit that met the deadline stays on time even if its plan
 * is returned for revision.
 */
@Entity
@Table(name = "directive_assignment")
public class Assignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "directive_id")
  private Long directiveId;

  @Column(name = "unit_id")
  private String unitId;

  @Enumerated(EnumType.STRING)
  @Column(name = "plan_status")
  private PlanStatus planStatus;

  @Column(name = "plan_number")
  private String planNumber;

  @Column(name = "plan_summary")
  private String planSummary;

  @Column(name = "plan_submitted_at")
  private Instant planSubmittedAt;

  @Column(name = "plan_accepted_at")
  private Instant planAcceptedAt;

  @Column(name = "return_reason")
  private String returnReason;

  protected Assignment() {
  }

  public Assignment(Long directiveId, String unitId) {
    this.directiveId = directiveId;
    this.unitId = unitId;
    this.planStatus = PlanStatus.PENDING;
  }

  public void planSubmitted(String number, String summary, Instant at) {
    this.planNumber = number;
    this.planSummary = summary;
    this.planStatus = PlanStatus.SUBMITTED;
    if (planSubmittedAt == null) {
      planSubmittedAt = at;
    }
  }

  public void planReturned(String reason) {
    this.planStatus = PlanStatus.RETURNED;
    this.returnReason = reason;
  }

  public void planAccepted(Instant at) {
    this.planStatus = PlanStatus.ACCEPTED;
    this.planAcceptedAt = at;
    this.returnReason = null;
  }

  public Long getId() { return id; }

  public Long getDirectiveId() { return directiveId; }

  public String getUnitId() { return unitId; }

  public PlanStatus getPlanStatus() { return planStatus; }

  public String getPlanNumber() { return planNumber; }

  public String getPlanSummary() { return planSummary; }

  public Instant getPlanSubmittedAt() { return planSubmittedAt; }

  public Instant getPlanAcceptedAt() { return planAcceptedAt; }

  public String getReturnReason() { return returnReason; }
}
