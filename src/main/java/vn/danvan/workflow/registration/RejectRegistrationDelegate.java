package vn.danvan.workflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.registration.RegistrationProcess.Decisions;
import vn.danvan.workflow.registration.RegistrationProcess.Vars;

/** Not accepted, with its reason: a rejection without one is refused and the review task stays open. */
@Component
class RejectRegistrationDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final DecisionHistory history;

  RejectRegistrationDelegate(ModelRepository models, DecisionHistory history) {
    this.models = models;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = FormValues.requiredReason(execution, Vars.REJECTION_REASON);
    models.byBusinessKey(execution.getProcessBusinessKey()).markRejected(reason);
    history.record(execution, RegistrationProcess.REVIEW_TASK, Decisions.REJECT, reason);
  }
}
