package vn.danvan.workflow.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.evaluation.EvaluationProcess.Decisions;
import vn.danvan.workflow.evaluation.EvaluationProcess.Vars;
import vn.danvan.workflow.model.DecisionHistory;

/** The unit let the deadline pass: the reviewer scores the model without a self-assessment. */
@Component
class MarkSelfAssessmentLateDelegate implements JavaDelegate {

  static final String NOTE = "Đơn vị không tự đánh giá đúng hạn; người thẩm định chấm trực tiếp.";

  private final EvaluationRepository evaluations;
  private final DecisionHistory history;

  MarkSelfAssessmentLateDelegate(EvaluationRepository evaluations, DecisionHistory history) {
    this.evaluations = evaluations;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    evaluations.of(execution)
        .late();
    execution.setVariable(Vars.LATE_NOTE, NOTE);
    history.record(execution, EvaluationProcess.SELF_ASSESS_TASK, Decisions.LATE, NOTE);
  }
}
