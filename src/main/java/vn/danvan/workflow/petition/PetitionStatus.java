package vn.danvan.workflow.petition;

import java.time.LocalDate;

/** STUB (replaced at merge by branch h-petition). */
public record PetitionStatus(String trackingCode, PetitionKind kind, LocalDate receivedOn, String stage,
    LocalDate dueDate, boolean settled) {
}
