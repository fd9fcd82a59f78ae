package vn.danvan.workflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.registration.RegistrationProcess.Decisions;
import vn.danvan.workflow.registration.RegistrationProcess.Vars;

@Component
class ApproveRegistrationDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final DecisionHistory history;

  ApproveRegistrationDelegate(ModelRepository models, DecisionHistory history) {
    this.models = models;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    models.byBusinessKey(execution.getProcessBusinessKey()).markRegistered();
    history.record(execution, RegistrationProcess.REVIEW_TASK, Decisions.APPROVE,
        (String) execution.getVariable(Vars.COMMENT));
  }
}
