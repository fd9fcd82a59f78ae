package vn.danvan.workflow.registration;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.organisation.Unit;

/** Starts processes/model-registration.bpmn for a saved model; the business key is the model id. */
@Component
public class RegistrationProcess {

  public static final String KEY = "model-registration";
  public static final String REVIEW_TASK = "Task_ReviewRegistration";
  public static final String REVISE_TASK = "Task_ReviseRegistration";

  private final RuntimeService runtime;

  RegistrationProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  ProcessInstance start(MobilizationModel model, Unit unit) {
    Map<String, Object> variables = new HashMap<>(model.dossier().asVariables());
    variables.put("modelId", model.getId());
    variables.put("kind", model.getKind().name());
    variables.put("kindLabel", model.getKind().label());
    variables.put("field", model.getField().name());
    variables.put("fieldLabel", model.getField().label());
    variables.put("year", model.getYear());
    variables.put("unitId", unit.getId());
    variables.put("unitName", unit.getName());
    variables.put("reviewerGroup", unit.getRegistrationReviewerId());
    return runtime.startProcessInstanceByKey(KEY, String.valueOf(model.getId()), variables);
  }
}
