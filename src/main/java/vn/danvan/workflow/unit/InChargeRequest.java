package vn.danvan.workflow.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The member in charge of a unit: a user of the system; the full name defaults to the user's. */
record InChargeRequest(
    @NotBlank @Size(max = 255) String userId,
    @Size(max = 255) String fullName,
    @NotBlank @Size(max = 255) String title) {
}
