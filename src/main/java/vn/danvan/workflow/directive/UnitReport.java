package vn.danvan.workflow.directive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A unit's periodic report: opened (due) when the period's reporting starts, filled in when the unit sends it. */
@Entity
@Table(name = "unit_report")
public class UnitReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "directive_id")
  private Long directiveId;

  @Column(name = "unit_id")
  private String unitId;

  private String period;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  private String results;
  private String difficulties;
  private String proposals;

  protected UnitReport() {
  }

  public UnitReport(Long directiveId, String unitId, String period, LocalDate dueOn) {
    this.directiveId = directiveId;
    this.unitId = unitId;
    this.period = period;
    this.dueOn = dueOn;
  }

  public void submitted(String results, String difficulties, String proposals, String by, Instant at) {
    this.results = results;
    this.difficulties = difficulties;
    this.proposals = proposals;
    this.submittedBy = by;
    this.submittedAt = at;
  }

  public Long getId() { return id; }

  public Long getDirectiveId() { return directiveId; }

  public String getUnitId() { return unitId; }

  public String getPeriod() { return period; }

  public LocalDate getDueOn() { return dueOn; }

  public Instant getSubmittedAt() { return submittedAt; }

  public String getSubmittedBy() { return submittedBy; }

  public String getResults() { return results; }

  public String getDifficulties() { return difficulties; }

  public String getProposals() { return proposals; }
}
