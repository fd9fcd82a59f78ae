package vn.danvan.workflow.petition;

import java.time.LocalDate;

/** What the public may see by tracking code: nothing personal. stage is a Vietnamese label. */
public record PetitionStatus(String trackingCode, PetitionKind kind, LocalDate receivedOn, String stage,
    LocalDate dueDate, boolean settled) {
}
