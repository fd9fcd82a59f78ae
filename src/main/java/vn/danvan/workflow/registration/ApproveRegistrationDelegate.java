package vn.danvan.workflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.ModelRepository;

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
    history.record(execution, RegistrationProcess.REVIEW_TASK, "Thẩm định đăng ký", "APPROVE",
        (String) execution.getVariable("comment"));
  }
}
