package vn.danvan.workflow.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.evaluation.EvaluationProcess.Decisions;
import vn.danvan.workflow.evaluation.EvaluationProcess.Vars;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.process.Actors;

/** Keeps the unit's own scores (the reviewer sees them beside the ones he adjusts). */
@Component
class RecordSelfAssessmentDelegate implements JavaDelegate {

  private final EvaluationRepository evaluations;
  private final DecisionHistory history;

  RecordSelfAssessmentDelegate(EvaluationRepository evaluations, DecisionHistory history) {
    this.evaluations = evaluations;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Scores scores = Scores.from(execution.getVariables());
    String note = FormValues.text(execution.getVariable(Vars.SELF_NOTE));
    evaluations.of(execution)
        .selfAssessed(scores, note, Actors.current(execution), ClockUtil.getCurrentTime().toInstant());
    execution.setVariables(scores.asVariables("self"));
    history.record(execution, EvaluationProcess.SELF_ASSESS_TASK, Decisions.SELF_ASSESS,
        Criteria.describe(scores, null) + (note == null ? "" : ". " + note));
  }
}
