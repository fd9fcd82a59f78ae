package vn.danvan.workflow.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.evaluation.EvaluationProcess.Decisions;
import vn.danvan.workflow.evaluation.EvaluationProcess.Vars;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;

/** Keeps what model-rating.dmn decided: score, rating, whether it may be proposed, whether to review it. */
@Component
class RecordRatingDelegate implements JavaDelegate {

  private final EvaluationRepository evaluations;
  private final DecisionHistory history;

  RecordRatingDelegate(EvaluationRepository evaluations, DecisionHistory history) {
    this.evaluations = evaluations;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(Vars.RATING_RESULT);
    BigDecimal score = new BigDecimal(String.valueOf(result.get(Vars.SCORE))).stripTrailingZeros();
    String label = (String) result.get(Vars.RATING_LABEL);
    boolean recognisable = FormValues.bool(result.get(Vars.RECOGNISABLE));
    evaluations.of(execution)
        .rated(score, (String) result.get(Vars.RATING), label, recognisable);
    // the table's outputs keep their names as process variables
    execution.setVariables(Map.of(Vars.RATING, result.get(Vars.RATING), Vars.RATING_LABEL, label,
        Vars.SCORE, score.doubleValue(), Vars.RECOGNISABLE, recognisable,
        Vars.NEEDS_REVIEW, FormValues.bool(result.get(Vars.NEEDS_REVIEW))));
    history.record(execution, EvaluationProcess.RATE_TASK, Decisions.RATE,
        label + " – " + score.toPlainString() + " điểm");
  }
}
