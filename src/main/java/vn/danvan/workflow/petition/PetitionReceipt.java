package vn.danvan.workflow.petition;

/** What a receiving desk or the public form records. unitId = the receiving unit (a commune/body). */
public record PetitionReceipt(PetitionKind kind, PetitionChannel channel, String unitId, String petitionerName,
    String petitionerContact, String petitionerAddress, String subject, String content) {
}
