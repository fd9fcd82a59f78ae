package vn.danvan.workflow.directive;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One unit on a directive's task, with its role. */
@Embeddable
public class TaskUnit {

  @Column(name = "unit_id")
  private String unitId;

  @Enumerated(EnumType.STRING)
  private TaskRole role;

  protected TaskUnit() {
  }

  public TaskUnit(String unitId, TaskRole role) {
    this.unitId = unitId;
    this.role = role;
  }

  public String getUnitId() { return unitId; }

  public TaskRole getRole() { return role; }
}
