package vn.danvan.workflow.petition;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.web.FieldRefused;

/** What the petitions' delegates share: the petition of an execution, a form's text, today in Vietnam. */
@Component
class PetitionSteps {

  private final PetitionRepository petitions;
  final PetitionClocks clocks;

  PetitionSteps(PetitionRepository petitions, PetitionClocks clocks) {
    this.petitions = petitions;
    this.clocks = clocks;
  }

  Petition petition(DelegateExecution execution) {
    Object id = execution.getVariable(PetitionProcess.Vars.PETITION_ID);
    return petitions.findById(((Number) id).longValue()).orElseThrow();
  }

  Petition byTrackingCode(String code) {
    return petitions.findByTrackingCode(code).orElse(null);
  }

  static LocalDate today() {
    return VietnamTime.dayOf(ClockUtil.getCurrentTime());
  }

  /** A text the step needs from the form, trimmed; refused beside its field when blank. */
  static String required(DelegateExecution execution, String field) {
    String text = optional(execution, field);
    if (text == null) {
      throw new FieldRefused(field, "task.field.required");
    }
    return text;
  }

  static String optional(DelegateExecution execution, String field) {
    Object value = execution.getVariable(field);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /** Sets the settlement's due date and escalation moment for the settle task (re-created after an extension). */
  void scheduleSettlement(DelegateExecution execution, Petition petition) {
    execution.setVariable(PetitionProcess.Vars.SETTLE_DUE_AT, clocks.dueAt(petition.getSettleDueOn()));
    execution.setVariable(PetitionProcess.Vars.SETTLE_OVERDUE_AT, clocks.overdueAt(petition.getSettleDueOn()));
    execution.setVariable(PetitionProcess.Vars.DUE_TEXT, VietnamTime.format(petition.getSettleDueOn()));
  }
}
