package vn.danvan.workflow.unit;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.organisation.Unit;

/**
 * The tree of units: read by anyone for the part they see, changed by administrators and by the bodies overseeing
 * an area below it (see {@link UnitAdministration}); every change audited as kind "unit".
 */
@RestController
@RequestMapping("/api/admin/units")
class UnitController {

  private final UnitAdministration units;

  UnitController(UnitAdministration units) {
    this.units = units;
  }

  record UnitView(String id, String name, String kind, String parentId, String overseesId,
      String registrationReviewerId, java.time.LocalDate closedOn, String successorId) {

    static UnitView of(Unit u) {
      return new UnitView(u.getId(), u.getName(), u.getKind().name(), u.getParentId(), u.getOverseesId(),
          u.getRegistrationReviewerId(), u.getClosedOn(), u.getSuccessorId());
    }
  }

  @GetMapping
  @Operation(summary = "The tree of units the caller may read",
      description = "Roots are the readable units whose parent the caller cannot read; open units first, closed last."
          + " mayChange says whether the caller may change the unit.")
  List<UnitTree.Node> tree() {
    return units.tree().roots();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One unit", description = "404 when the caller may not read it.")
  UnitView one(@PathVariable String id) {
    return UnitView.of(units.readable(id));
  }

  @PostMapping
  @Operation(summary = "Create a unit and its Camunda group (administrators; overseeing bodies in their area)",
      description = "409 when the id is taken by a unit or a group; 400 for an unknown parent; 422 for a closed one.")
  ResponseEntity<UnitView> create(@Valid @RequestBody UnitRequest request) {
    Unit created = units.create(request);
    return ResponseEntity.created(URI.create("/api/admin/units/" + created.getId())).body(UnitView.of(created));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Rename, move, set what it oversees and who reviews its registrations",
      description = "Every field as given; a rename renames the group. 422 when the move would make a cycle.")
  UnitView change(@PathVariable String id, @Valid @RequestBody UnitChange request) {
    return UnitView.of(units.change(id, request));
  }

  @PostMapping("/{id}/close")
  @Operation(summary = "Close a unit from a day, optionally naming its successor",
      description = "The unit and its group stay for history. 409 naming what blocks it: open units below, open tasks.")
  UnitView close(@PathVariable String id, @Valid @RequestBody UnitClosing request) {
    return UnitView.of(units.close(id, request));
  }

  @PutMapping("/{id}/member-in-charge")
  @Operation(summary = "Set the member in charge of a unit", description = "400 when the user is unknown.")
  UnitTree.InCharge putInCharge(@PathVariable String id, @Valid @RequestBody InChargeRequest request) {
    var saved = units.putInCharge(id, request);
    return new UnitTree.InCharge(saved.getUserId(), saved.getFullName(), saved.getTitle());
  }

  @DeleteMapping("/{id}/member-in-charge")
  @Operation(summary = "Remove the member in charge of a unit", description = "The area's member in charge applies.")
  ResponseEntity<Void> removeInCharge(@PathVariable String id) {
    units.removeInCharge(id);
    return ResponseEntity.noContent().build();
  }
}
