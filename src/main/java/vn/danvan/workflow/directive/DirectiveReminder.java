package vn.danvan.workflow.directive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The coordinating board reminded a late unit by hand ("Nhắc" on the directive board): about what, who, when. */
@Entity
@Table(name = "directive_reminder")
public class DirectiveReminder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "directive_id")
  private Long directiveId;

  @Column(name = "unit_id")
  private String unitId;

  /** "plan" and/or report periods, comma separated. */
  private String items;

  @Column(name = "reminded_by")
  private String remindedBy;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  protected DirectiveReminder() {
  }

  public DirectiveReminder(Long directiveId, String unitId, String items, String remindedBy, Instant remindedAt) {
    this.directiveId = directiveId;
    this.unitId = unitId;
    this.items = items;
    this.remindedBy = remindedBy;
    this.remindedAt = remindedAt;
  }

  public Long getId() { return id; }

  public Long getDirectiveId() { return directiveId; }

  public String getUnitId() { return unitId; }

  public String getItems() { return items; }

  public String getRemindedBy() { return remindedBy; }

  public Instant getRemindedAt() { return remindedAt; }
}
