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

/** The model stays in the movement for another year, rated. */
@Component
class KeepModelDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final EvaluationRepository evaluations;
  private final DecisionHistory history;

  KeepModelDelegate(ModelRepository models, EvaluationRepository evaluations, DecisionHistory history) {
    this.models = models;
    this.evaluations = evaluations;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String note = FormValues.text(execution.getVariable(Vars.CONTINUATION_NOTE));
    if (note == null) {
      note = "Tiếp tục duy trì; xếp loại " + execution.getVariable(Vars.RATING_LABEL);
    }
    evaluations.of(execution)
        .kept(note);
    models.byBusinessKey(execution.getProcessBusinessKey()).markEvaluated();
    execution.removeVariable(FormDescription.DECISION);
    history.record(execution, EvaluationProcess.REVIEW_TASK, Decisions.KEEP, note);
  }
}
