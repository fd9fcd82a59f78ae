package vn.danvan.workflow.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.web.FieldRefused;

/** A duplicate of a petition already received here: merged into it, settled with it. */
@Component
class MergePetitionDelegate implements JavaDelegate {

  private final PetitionSteps steps;

  MergePetitionDelegate(PetitionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Petition petition = steps.petition(execution);
    String code = PetitionSteps.required(execution, PetitionProcess.Vars.MERGE_INTO).toUpperCase(java.util.Locale.ROOT);
    Petition original = steps.byTrackingCode(code);
    if (original == null || original.getId().equals(petition.getId())
        || !original.getReceivingUnitId().equals(petition.getReceivingUnitId())
        || original.getStage() == PetitionStage.MERGED) {
      throw new FieldRefused(PetitionProcess.Vars.MERGE_INTO, "petition.unknown-original");
    }
    petition.mergeInto(original, PetitionSteps.today());
  }
}
