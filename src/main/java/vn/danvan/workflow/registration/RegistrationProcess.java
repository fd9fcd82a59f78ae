package vn.danvan.workflow.registration;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.model.ModelVariables;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.process.BusinessKey;

/** Starts processes/model-registration.bpmn for a saved model; the business key is {@code model:<id>}. */
@Component
public class RegistrationProcess {

  public static final String KEY = "model-registration";
  public static final String REVIEW_TASK = "Task_ReviewRegistration";
  public static final String REVISE_TASK = "Task_ReviseRegistration";

  /** This process's own variables; those of every model process are in {@code ModelVariables}. */
  public static final class Vars {
    public static final String KIND = "kind";
    public static final String YEAR = "year";
    public static final String REVIEWER_GROUP = "reviewerGroup";
    public static final String COMMENT = "comment";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String MISSING_TEXT = "missingText";
    public static final String REVISION_NOTE = "revisionNote";

    private Vars() {
    }
  }

  /** The review's answers ({@code decision} in the diagram's gateway) and the history's decision codes. */
  public static final class Decisions {
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String REJECT = "REJECT";
    public static final String RESUBMIT = "RESUBMIT";

    private Decisions() {
    }
  }

  /** What the delegates read from each user task's form: FormFieldsReadByDelegatesTest checks the forms have them. */
  public static final Map<String, List<String>> READ_FROM_FORMS = Map.of(
      REVIEW_TASK, List.of(FormDescription.DECISION, Vars.COMMENT, Vars.REJECTION_REASON, FormValues.MISSING_ITEMS,
          FormValues.MISSING_OTHER),
      REVISE_TASK, concat(RegistrationDossier.FIELDS, List.of(Vars.REVISION_NOTE)));

  private final RuntimeService runtime;

  RegistrationProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  ProcessInstance start(MobilizationModel model, Unit unit) {
    Map<String, Object> variables = ModelVariables.of(model, unit);
    variables.putAll(model.dossier().asVariables());
    variables.put(Vars.KIND, model.getKind().name());
    variables.put(Vars.YEAR, model.getYear());
    variables.put(Vars.REVIEWER_GROUP, unit.getRegistrationReviewerId());
    return runtime.startProcessInstanceByKey(KEY, BusinessKey.model(model.getId()), variables);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
