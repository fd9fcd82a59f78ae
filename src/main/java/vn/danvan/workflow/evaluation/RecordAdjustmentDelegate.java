package vn.danvan.workflow.evaluation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.evaluation.EvaluationProcess.Decisions;
import vn.danvan.workflow.evaluation.EvaluationProcess.Vars;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.process.Actors;

/** The reviewer's scores and bonus (0-10), with the reason; they are what the rating table reads. */
@Component
class RecordAdjustmentDelegate implements JavaDelegate {

  private final EvaluationRepository evaluations;
  private final DecisionHistory history;

  RecordAdjustmentDelegate(EvaluationRepository evaluations, DecisionHistory history) {
    this.evaluations = evaluations;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Scores scores = Scores.from(execution.getVariables());
    Integer given = FormValues.integer(execution.getVariable(Vars.BONUS));
    int bonus = given == null ? 0 : Math.max(0, Math.min(Scores.MAX, given));
    String reason = FormValues.text(execution.getVariable(Vars.ADJUST_REASON));
    evaluations.of(execution)
        .adjusted(scores, bonus, reason, Actors.current(execution), ClockUtil.getCurrentTime().toInstant());
    Map<String, Object> normalised = new HashMap<>(scores.asVariables(""));
    normalised.put(Vars.BONUS, bonus);
    execution.setVariables(normalised);
    execution.removeVariable(FormDescription.DECISION);
    history.record(execution, EvaluationProcess.ADJUST_TASK, Decisions.ADJUST,
        Criteria.describe(scores, bonus) + (reason == null ? "" : ". " + reason));
  }
}
