package vn.danvan.workflow.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.evaluation.EvaluationProcess.Decisions;
import vn.danvan.workflow.evaluation.EvaluationProcess.Vars;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;

/**
 * Returns the self-assessment once, with everything missing (usually evidence) in one list. A second return, or
 * one naming nothing missing, is refused: the reviewer's completion rolls back and the task stays open.
 */
@Component
class ReturnSelfAssessmentDelegate implements JavaDelegate {

  private final EvaluationRepository evaluations;
  private final DecisionHistory history;

  ReturnSelfAssessmentDelegate(EvaluationRepository evaluations, DecisionHistory history) {
    this.evaluations = evaluations;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Evaluation evaluation = evaluations.of(execution);
    FormValues.refuseSecondReturn(evaluation.wasReturned());
    String missing = FormValues.requiredMissingText(execution);
    evaluation.returned(missing);
    execution.setVariable(Vars.MISSING_TEXT, missing);
    execution.removeVariable(FormDescription.DECISION);
    history.record(execution, EvaluationProcess.ADJUST_TASK, Decisions.RETURN, missing);
  }
}
