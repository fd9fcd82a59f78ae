package vn.danvan.workflow.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision on a model (who, when, what, why); the model's history is the list of these. */
@Entity
@Table(name = "model_decision")
public class ModelDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "model_id")
  private Long modelId;

  private String step;

  @Column(name = "step_name")
  private String stepName;

  private String decision;
  private String comment;
  private String actor;

  @Column(name = "decided_at")
  private Instant decidedAt;

  /** The absent official the actor stood in for (delegation for absence); null when acting for themselves. */
  @Column(name = "on_behalf_of")
  private String onBehalfOf;

  protected ModelDecision() {
  }

  public ModelDecision(Long modelId, String step, String stepName, String decision, String comment, String actor,
      Instant decidedAt) {
    this.modelId = modelId;
    this.step = step;
    this.stepName = stepName;
    this.decision = decision;
    this.comment = comment;
    this.actor = actor;
    this.decidedAt = decidedAt;
  }

  /** Taken by {@code actor} as the substitute of {@code absentUser}. */
  public ModelDecision onBehalfOf(String absentUser) {
    this.onBehalfOf = absentUser;
    return this;
  }

  public Long getId() { return id; }

  public Long getModelId() { return modelId; }

  public String getStep() { return step; }

  public String getStepName() { return stepName; }

  public String getDecision() { return decision; }

  public String getComment() { return comment; }

  public String getActor() { return actor; }

  public Instant getDecidedAt() { return decidedAt; }

  public String getOnBehalfOf() { return onBehalfOf; }
}
