package vn.danvan.workflow.petition;

import java.time.LocalDate;

/** A petition as officials list it: nothing about who sent it. */
public record PetitionView(long id, String trackingCode, PetitionKind kind, String kindLabel, PetitionChannel channel,
    String receivingUnitId, String handlingUnitId, String subject, String content, LocalDate receivedOn,
    PetitionStage stage, String stageLabel, LocalDate dueOn, LocalDate settledOn, String outcome, int extensions,
    LocalDate escalatedOn) {

  static PetitionView of(Petition p) {
    return new PetitionView(p.getId(), p.getTrackingCode(), p.getKind(), p.getKind().label(), p.getChannel(),
        p.getReceivingUnitId(), p.getHandlingUnitId(), p.getSubject(), p.getContent(), p.getReceivedOn(),
        p.getStage(), p.getStage().label(), p.currentDueOn(), p.getSettledOn(), p.getOutcome(), p.getExtensions(),
        p.getEscalatedOn());
  }

  /** Past its due date today and still open. */
  public boolean overdue(LocalDate today) {
    return dueOn != null && today.isAfter(dueOn);
  }
}
