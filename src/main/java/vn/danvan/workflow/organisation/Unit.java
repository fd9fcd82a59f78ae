package vn.danvan.workflow.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.danvan.workflow.web.SearchText;

/** A body or a locality. Its id is also the id of the Camunda group whose members work for it. */
@Entity
@Table(name = "unit")
@EntityListeners(UnitDirectory.UnitChanges.class)
public class Unit {

  @Id
  private String id;

  private String name;

  /** The name as a search compares it ({@link SearchText}): "xuan hong" finds the models of Xã Xuân Hồng. */
  @Column(name = "search_text")
  private String searchText;

  @Enumerated(EnumType.STRING)
  private UnitKind kind;

  @Column(name = "parent_id")
  private String parentId;

  @Column(name = "oversees_id")
  private String overseesId;

  @Column(name = "registration_reviewer_id")
  private String registrationReviewerId;

  /** The day from which the unit no longer works; null while it is open. Closed units stay for history. */
  @Column(name = "closed_on")
  private LocalDate closedOn;

  /** The unit that took over a closed unit's work (a merger), or null. */
  @Column(name = "successor_id")
  private String successorId;

  protected Unit() {
  }

  public Unit(String id, String name, UnitKind kind, String parentId) {
    this.id = id;
    this.name = name;
    this.searchText = SearchText.of(name);
    this.kind = kind;
    this.parentId = parentId;
  }

  public Unit oversees(String unitId) {
    this.overseesId = unitId;
    return this;
  }

  public Unit reviewedBy(String unitId) {
    this.registrationReviewerId = unitId;
    return this;
  }

  /** A new name; the search text follows it. */
  public Unit rename(String name) {
    this.name = name;
    this.searchText = SearchText.of(name);
    return this;
  }

  /** Under another parent (null: a root). The caller refuses cycles. */
  public Unit moveTo(String parentId) {
    this.parentId = parentId;
    return this;
  }

  /** Closes the unit from {@code on}; {@code successorId} (may be null) takes over its work. */
  public Unit close(LocalDate on, String successorId) {
    this.closedOn = on;
    this.successorId = successorId;
    return this;
  }

  public String getId() { return id; }

  public String getName() { return name; }

  public UnitKind getKind() { return kind; }

  public String getParentId() { return parentId; }

  public String getOverseesId() { return overseesId; }

  public String getRegistrationReviewerId() { return registrationReviewerId; }

  public LocalDate getClosedOn() { return closedOn; }

  public String getSuccessorId() { return successorId; }

  public boolean isClosed() { return closedOn != null; }
}
