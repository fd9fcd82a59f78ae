package vn.danvan.workflow.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The yearly campaign: evaluates every active model, then recognises and rewards by level. */
@Entity
@Table(name = "campaign")
public class Campaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_year")
  private int year;
  @Column(name = "opened_by")
  private String openedBy;
  @Column(name = "opened_at")
  private Instant openedAt;
  @Column(name = "closed_at")
  private Instant closedAt;
  @Column(name = "model_count")
  private int modelCount;
  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected Campaign() {
  }

  public Campaign(int year, String openedBy, Instant openedAt, int modelCount, String processInstanceId) {
    this.year = year;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
    this.modelCount = modelCount;
    this.processInstanceId = processInstanceId;
  }

  void close(Instant at) {
    this.closedAt = at;
  }

  public Long getId() { return id; }

  public int getYear() { return year; }

  public String getOpenedBy() { return openedBy; }

  public Instant getOpenedAt() { return openedAt; }

  public Instant getClosedAt() { return closedAt; }

  public int getModelCount() { return modelCount; }

  public String getProcessInstanceId() { return processInstanceId; }
}
