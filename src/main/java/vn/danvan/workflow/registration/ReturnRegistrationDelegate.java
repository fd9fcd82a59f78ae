package vn.danvan.workflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.registration.RegistrationProcess.Decisions;
import vn.danvan.workflow.registration.RegistrationProcess.Vars;

/**
 * Returns the file once with the full list of what is missing; the unit sees it on its revision task. A second
 * return, or one that names nothing missing, is refused: the review's completion rolls back and the task stays.
 */
@Component
class ReturnRegistrationDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final DecisionHistory history;

  ReturnRegistrationDelegate(ModelRepository models, DecisionHistory history) {
    this.models = models;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MobilizationModel model = models.byBusinessKey(execution.getProcessBusinessKey());
    FormValues.refuseSecondReturn(model.wasReturned());
    String missingText = FormValues.requiredMissingText(execution);
    model.markReturned(missingText);
    execution.setVariable(Vars.MISSING_TEXT, missingText);
    history.record(execution, RegistrationProcess.REVIEW_TASK, Decisions.RETURN, missingText);
  }
}
