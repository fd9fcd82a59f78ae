package vn.danvan.workflow.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone who already has an account, to be made a member of the unit. */
public record ExistingMember(@NotBlank @Size(max = 64) String userId) {
}
