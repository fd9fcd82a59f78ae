package vn.danvan.workflow.petition;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.process.Actors;

/** Not ours to settle: sent to the competent body; the transfer and where the clock stood are recorded. */
@Component
class TransferPetitionDelegate implements JavaDelegate {

  private final PetitionSteps steps;
  private final PetitionTransferRepository transfers;

  TransferPetitionDelegate(PetitionSteps steps, PetitionTransferRepository transfers) {
    this.steps = steps;
    this.transfers = transfers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Petition petition = steps.petition(execution);
    String toBody = PetitionSteps.required(execution, PetitionProcess.Vars.REFER_TO);
    int elapsed = steps.clocks.elapsed(petition.getKind(), petition.getReceivedOn(), PetitionSteps.today());
    transfers.save(new PetitionTransfer(petition.getId(), petition.getReceivingUnitId(), toBody,
        PetitionSteps.optional(execution, PetitionProcess.Vars.TRANSFER_REASON), ClockUtil.getCurrentTime().toInstant(),
        Actors.current(execution), elapsed));
    petition.transferred(PetitionSteps.today(), toBody);
  }
}
