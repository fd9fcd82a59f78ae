package vn.danvan.workflow.directive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Ủy viên Ban Thường vụ phụ trách cụm, Ủy viên BCH phụ trách xã: the person who urges a unit and to whom its
 * lateness is escalated. A row on an area (the district) covers every unit below it that has none of its own.
 */
@Entity
@Table(name = "member_in_charge")
public class MemberInCharge {

  @Id
  @Column(name = "unit_id")
  private String unitId;

  @Column(name = "user_id")
  private String userId;

  @Column(name = "full_name")
  private String fullName;

  private String title;

  protected MemberInCharge() {
  }

  public MemberInCharge(String unitId, String userId, String fullName, String title) {
    this.unitId = unitId;
    this.userId = userId;
    this.fullName = fullName;
    this.title = title;
  }

  public String getUnitId() { return unitId; }

  public String getUserId() { return userId; }

  public String getFullName() { return fullName; }

  public String getTitle() { return title; }
}
