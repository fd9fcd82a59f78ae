package vn.danvan.workflow.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.evaluation.EvaluationProcess.Decisions;
import vn.danvan.workflow.evaluation.EvaluationProcess.Vars;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.ModelRepository;

/** The yearly review takes the model out of the movement, with its reason (required); it is evaluated no more. */
@Component
class RemoveModelDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final EvaluationRepository evaluations;
  private final DecisionHistory history;

  RemoveModelDelegate(ModelRepository models, EvaluationRepository evaluations, DecisionHistory history) {
    this.models = models;
    this.evaluations = evaluations;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = FormValues.requiredReason(execution, Vars.REMOVAL_REASON);
    evaluations.of(execution)
        .removed(reason);
    models.byBusinessKey(execution.getProcessBusinessKey()).markRemoved(reason);
    execution.removeVariable(FormDescription.DECISION);
    history.record(execution, EvaluationProcess.REVIEW_TASK, Decisions.REMOVE, reason);
  }
}
