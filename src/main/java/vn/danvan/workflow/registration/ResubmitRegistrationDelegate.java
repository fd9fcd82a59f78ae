package vn.danvan.workflow.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.registration.RegistrationProcess.Decisions;
import vn.danvan.workflow.registration.RegistrationProcess.Vars;

/** Copies the dossier as the unit revised it (process variables) back into the registry. */
@Component
class ResubmitRegistrationDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final DecisionHistory history;

  ResubmitRegistrationDelegate(ModelRepository models, DecisionHistory history) {
    this.models = models;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    models.byBusinessKey(execution.getProcessBusinessKey())
        .markResubmitted(RegistrationDossier.fromVariables(execution.getVariables()));
    history.record(execution, RegistrationProcess.REVISE_TASK, Decisions.RESUBMIT,
        (String) execution.getVariable(Vars.REVISION_NOTE));
  }
}
