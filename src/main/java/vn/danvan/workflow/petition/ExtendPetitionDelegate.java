package vn.danvan.workflow.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.web.FieldRefused;

/**
 * Gia hạn. A complaint found complex gets 45 days instead of 30 (60 instead of 45 in remote areas), once (Luật Khiếu
 * nại 2011 art. 28); a denunciation 30 more days, once if complex, twice if very complex (Luật Tố cáo 2018 art. 30).
 */
@Component
class ExtendPetitionDelegate implements JavaDelegate {

  private final PetitionSteps steps;

  ExtendPetitionDelegate(PetitionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PetitionSteps.required(execution, PetitionProcess.Vars.EXTENSION_REASON);
    Petition petition = steps.petition(execution);
    Complexity complexity = petition.getComplexity();
    int extensions = petition.getExtensions();
    if (petition.getKind() == PetitionKind.KHIEU_NAI) {
      if (complexity != Complexity.NORMAL) {
        throw new FieldRefused(PetitionProcess.Vars.DECISION, "petition.no-more-extension");
      }
      complexity = Complexity.COMPLEX;
    } else if (petition.getKind() == PetitionKind.TO_CAO && extensions < complexity.denunciationExtensions()) {
      extensions++;
    } else {
      throw new FieldRefused(PetitionProcess.Vars.DECISION, "petition.no-more-extension");
    }
    petition.extend(complexity, steps.clocks.settleDue(petition.getKind(), petition.getAcceptedOn(), complexity,
        petition.isRemoteArea(), extensions));
    steps.scheduleSettlement(execution, petition);
  }
}
