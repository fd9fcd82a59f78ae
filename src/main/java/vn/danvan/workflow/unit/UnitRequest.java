package vn.danvan.workflow.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.danvan.workflow.organisation.UnitKind;

/** A new unit: its id is also its Camunda group's id, a readable slug (xa-xuan-hong). */
record UnitRequest(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}") String id,
    @NotBlank @Size(max = 255) String name,
    @NotNull UnitKind kind,
    @Size(max = 64) String parentId,
    @Size(max = 64) String overseesId,
    @Size(max = 64) String registrationReviewerId) {
}
