package vn.danvan.workflow.model;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.process.BusinessKey;

/**
 * Writes a decision into the model's history. The actor is the user the engine sees as authenticated
 * (Tasklist, engine-rest and our API all set it) when the task that carried the decision was completed.
 */
@Component
public class DecisionHistory {

  private final ModelDecisionRepository decisions;

  public DecisionHistory(ModelDecisionRepository decisions) {
    this.decisions = decisions;
  }

  public void record(DelegateExecution execution, String step, String stepName, String decision, String comment) {
    record(execution, BusinessKey.modelId(execution.getProcessBusinessKey()), step, stepName, decision, comment);
  }

  /** For processes about several models at once (a recognition round): the model is named, not the key. */
  public void record(DelegateExecution execution, Long modelId, String step, String stepName, String decision,
      String comment) {
    Instant at = ClockUtil.getCurrentTime().toInstant();
    decisions.save(new ModelDecision(modelId, step, stepName, decision, comment, Actors.current(execution), at));
  }
}
