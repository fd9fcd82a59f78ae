package vn.danvan.workflow.petition;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.web.FieldRefused;

/** Thụ lý: the petition is accepted and assigned to a department; its settlement clock starts today. */
@Component
class AcceptPetitionDelegate implements JavaDelegate {

  private final PetitionSteps steps;

  AcceptPetitionDelegate(PetitionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Petition petition = steps.petition(execution);
    String department = PetitionSteps.required(execution, PetitionProcess.Vars.HANDLING_UNIT);
    Object offered = execution.getVariable(PetitionProcess.Vars.DEPARTMENTS);
    if (offered == null || !offered.toString().contains("\"value\":\"" + department + "\"")) {
      throw new FieldRefused(PetitionProcess.Vars.HANDLING_UNIT, "petition.unknown-department");
    }
    Complexity complexity = complexity(execution);
    boolean remote = Boolean.TRUE.equals(execution.getVariable(PetitionProcess.Vars.REMOTE_AREA));
    LocalDate today = PetitionSteps.today();
    petition.accept(department, today, complexity, remote,
        steps.clocks.settleDue(petition.getKind(), today, complexity, remote, 0));
    execution.setVariable(PetitionProcess.Vars.HANDLING_UNIT, department);
    steps.scheduleSettlement(execution, petition);
  }

  static Complexity complexity(DelegateExecution execution) {
    String value = PetitionSteps.optional(execution, PetitionProcess.Vars.COMPLEXITY);
    try {
      return value == null ? Complexity.NORMAL : Complexity.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new FieldRefused(PetitionProcess.Vars.COMPLEXITY, "petition.unknown-complexity");
    }
  }
}
