package vn.danvan.workflow.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
    Map<String, Object> result = (Map<String, Object>) execution.getVariable("ratingResult");
    BigDecimal score = new BigDecimal(String.valueOf(result.get("score"))).stripTrailingZeros();
    String label = (String) result.get("ratingLabel");
    boolean recognisable = FormValues.bool(result.get("recognisable"));
    evaluations.of(execution)
        .rated(score, (String) result.get("rating"), label, recognisable);
    execution.setVariables(Map.of("rating", result.get("rating"), "ratingLabel", label,
        "score", score.doubleValue(), "recognisable", recognisable,
        "needsReview", FormValues.bool(result.get("needsReview"))));
    history.record(execution, "Task_RateModel", "Xếp loại theo bảng model-rating", "RATE",
        label + " – " + score.toPlainString() + " điểm");
  }
}
