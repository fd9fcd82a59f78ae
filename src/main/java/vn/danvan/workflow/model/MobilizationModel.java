package vn.danvan.workflow.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.danvan.workflow.web.SearchText;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** A registered model (mô hình) or exemplar (điển hình): the registry row that outlives its processes. */
@Entity
@Table(name = "mobilization_model")
public class MobilizationModel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private ModelKind kind;

  @Column(name = "unit_id")
  private String unitId;

  @Enumerated(EnumType.STRING)
  private Field field;

  @Column(name = "model_year")
  private int year;

  private String name;

  /** The name as a search compares it ({@link SearchText}): "Dồn điền" is found by "don dien". */
  @Column(name = "search_text")
  private String searchText;

  private String situation;
  private String goals;
  private String content;
  private String area;
  private String forces;
  private String resources;
  private String timeline;
  private String outputs;
  private String sustainability;

  @Enumerated(EnumType.STRING)
  private ModelStatus status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "missing_items")
  private String missingItems;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "removal_reason")
  private String removalReason;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  private long version;

  protected MobilizationModel() {
  }

  public MobilizationModel(ModelKind kind, String unitId, Field field, int year, String createdBy) {
    this.kind = kind;
    this.unitId = unitId;
    this.field = field;
    this.year = year;
    this.createdBy = createdBy;
    this.status = ModelStatus.SUBMITTED;
    this.createdAt = ClockUtil.getCurrentTime().toInstant(); // the engine's clock: an entity has no beans
    this.updatedAt = createdAt;
  }

  /** The dossier's text fields, as submitted or as revised after a return. */
  public void describe(RegistrationDossier dossier) {
    this.name = dossier.name();
    this.searchText = SearchText.of(dossier.name());
    this.situation = dossier.situation();
    this.goals = dossier.goals();
    this.content = dossier.content();
    this.area = dossier.area();
    this.forces = dossier.forces();
    this.resources = dossier.resources();
    this.timeline = dossier.timeline();
    this.outputs = dossier.outputs();
    this.sustainability = dossier.sustainability();
  }

  public RegistrationDossier dossier() {
    return new RegistrationDossier(name, situation, goals, content, area, forces, resources, timeline, outputs,
        sustainability);
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void markRegistered() {
    this.status = ModelStatus.REGISTERED;
    this.missingItems = null;
  }

  public void markReturned(String missingItems) {
    this.status = ModelStatus.RETURNED;
    this.missingItems = missingItems;
  }

  /** Returned once already in its registration: a return always names what is missing, kept until registered. */
  public boolean wasReturned() {
    return missingItems != null;
  }

  public void markResubmitted(RegistrationDossier revised) {
    describe(revised);
    this.status = ModelStatus.SUBMITTED;
  }

  public void markRejected(String reason) {
    this.status = ModelStatus.REJECTED;
    this.rejectionReason = reason;
  }

  /** Rated in a yearly evaluation and kept in the movement. */
  public void markEvaluated() {
    this.status = ModelStatus.EVALUATED;
  }

  /** Removed at the yearly review; it is no longer evaluated. */
  public void markRemoved(String reason) {
    this.status = ModelStatus.REMOVED;
    this.removalReason = reason;
  }

  public void markRecognised() {
    this.status = ModelStatus.RECOGNISED;
  }

  public void markRewarded() {
    this.status = ModelStatus.REWARDED;
  }

  @PreUpdate
  void touch() {
    this.updatedAt = ClockUtil.getCurrentTime().toInstant();
  }

  public Long getId() { return id; }

  public ModelKind getKind() { return kind; }

  public String getUnitId() { return unitId; }

  public Field getField() { return field; }

  public int getYear() { return year; }

  public String getName() { return name; }

  public ModelStatus getStatus() { return status; }

  public String getProcessInstanceId() { return processInstanceId; }

  public String getMissingItems() { return missingItems; }

  public String getRejectionReason() { return rejectionReason; }

  public String getRemovalReason() { return removalReason; }

  public String getCreatedBy() { return createdBy; }

  public Instant getCreatedAt() { return createdAt; }

  public Instant getUpdatedAt() { return updatedAt; }
}
