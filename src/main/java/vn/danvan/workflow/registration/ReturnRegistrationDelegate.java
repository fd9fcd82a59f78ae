package vn.danvan.workflow.registration;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.ModelRepository;

/** Returns the file once with the full list of what is missing; the unit sees it on its revision task. */
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
    List<String> missing = MissingItems.from(execution.getVariable("missingItems"),
        execution.getVariable("missingOther"));
    String missingText = MissingItems.asText(missing);
    models.byBusinessKey(execution.getProcessBusinessKey()).markReturned(missingText);
    execution.setVariable("missingText", missingText);
    history.record(execution, RegistrationProcess.REVIEW_TASK, "Thẩm định đăng ký", "RETURN", missingText);
  }
}
