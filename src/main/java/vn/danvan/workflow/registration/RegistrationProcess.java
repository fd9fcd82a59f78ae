package vn.danvan.workflow.registration;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelVariables;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.process.BusinessKey;

/** Starts processes/model-registration.bpmn for a saved model; the business key is {@code model:<id>}. */
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
    Map<String, Object> variables = ModelVariables.of(model, unit);
    variables.putAll(model.dossier().asVariables());
    variables.put("kind", model.getKind().name());
    variables.put("year", model.getYear());
    variables.put("reviewerGroup", unit.getRegistrationReviewerId());
    return runtime.startProcessInstanceByKey(KEY, BusinessKey.model(model.getId()), variables);
  }
}
