package vn.danvan.workflow.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.danvan.workflow.organisation.Unit;

/** Rename, move (a new parent; none: a root), who it oversees and who reviews its registrations: every field as given. */
record UnitChange(
    @NotBlank @Size(max = 255) String name,
    @Size(max = 64) String parentId,
    @Size(max = 64) String overseesId,
    @Size(max = 64) String registrationReviewerId) {

  static UnitChange of(Unit unit) {
    return new UnitChange(unit.getName(), unit.getParentId(), unit.getOverseesId(), unit.getRegistrationReviewerId());
  }
}
