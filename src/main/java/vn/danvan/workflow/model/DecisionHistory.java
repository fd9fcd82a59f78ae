package vn.danvan.workflow.model;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.process.BusinessKey;

/**
 * Writes a decision into the model's history. The actor is the user the engine sees as authenticated
 * (Tasklist, engine-rest and our API all set it) when the task that carried the decision was completed.
 * A substitute's decision names the absent official it was taken for ({@link Actors#onBehalfOf()}).
 * The step's name is the diagram's: the name the step (a task id) has in the running process's BPMN, so a
 * step renamed in Modeler is worded so in the history without code.
 */
@Component
public class DecisionHistory {

  private final ModelDecisionRepository decisions;

  public DecisionHistory(ModelDecisionRepository decisions) {
    this.decisions = decisions;
  }

  public void record(DelegateExecution execution, String step, String decision, String comment) {
    record(execution, BusinessKey.modelId(execution.getProcessBusinessKey()), step, decision, comment);
  }

  /** For processes about several models at once (a recognition round): the model is named, not the key. */
  public void record(DelegateExecution execution, Long modelId, String step, String decision, String comment) {
    save(execution, modelId, step, stepName(execution, step), decision, comment);
  }

  /** A step of a round at one level: the diagram's name, then the level ("Xét, quyết định công nhận – cấp huyện"). */
  public void recordAtLevel(DelegateExecution execution, Long modelId, String step, String level, String decision,
      String comment) {
    save(execution, modelId, step, stepName(execution, step) + " – " + level, decision, comment);
  }

  /** The name of {@code step} in the diagram the execution runs; its id when the diagram names it not. */
  static String stepName(DelegateExecution execution, String step) {
    ModelElementInstance element = execution.getBpmnModelInstance().getModelElementById(step);
    if (element instanceof FlowElement flowElement && flowElement.getName() != null
        && !flowElement.getName().isBlank()) {
      return flowElement.getName().strip();
    }
    return step;
  }

  private void save(DelegateExecution execution, Long modelId, String step, String stepName, String decision,
      String comment) {
    Instant at = ClockUtil.getCurrentTime().toInstant();
    decisions.save(new ModelDecision(modelId, step, stepName, decision, comment, Actors.current(execution), at)
        .onBehalfOf(Actors.onBehalfOf()));
  }
}
