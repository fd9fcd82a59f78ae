package vn.danvan.workflow.petition;

/** STUB (replaced at merge by branch h-petition). */
public record PetitionReceipt(PetitionKind kind, PetitionChannel channel, String unitId, String petitionerName,
    String petitionerContact, String petitionerAddress, String subject, String content) {
}
