package vn.danvan.workflow.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.registration.DecisionHistory;

/** Returns the self-assessment once, with everything missing (usually evidence) in one list. */
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
    String missing = FormValues.missingText(execution.getVariable("missingItems"),
        execution.getVariable("missingOther"));
    evaluations.of(execution)
        .returned(missing);
    execution.setVariable("missingText", missing);
    execution.removeVariable("decision");
    history.record(execution, EvaluationProcess.ADJUST_TASK, "Thẩm định kết quả tự đánh giá", "RETURN", missing);
  }
}
