package vn.danvan.workflow.people;

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

/**
 * A unit's members, for the unit's managers and administrators (403 for anyone else, 404 for an unknown unit); each
 * change audited (see {@link Members}).
 */
@RestController
@RequestMapping("/api/units/{unitId}")
class MembersController {

  private final Members members;

  MembersController(Members members) {
    this.members = members;
  }

  @GetMapping("/members")
  @Operation(summary = "The unit's members (its managers and administrators)",
      description = "Each with name, e-mail and whether they manage the unit's members.")
  List<Members.Member> list(@PathVariable String unitId) {
    return members.list(unitId);
  }

  @PostMapping("/members")
  @Operation(summary = "Make an existing user a member",
      description = "404 for an unknown user; 409 when already a member, deactivated, or the unit is closed.")
  ResponseEntity<Members.Member> add(@PathVariable String unitId, @Valid @RequestBody ExistingMember request) {
    Members.Member added = members.add(unitId, request.userId());
    return ResponseEntity.created(URI.create("/api/units/" + unitId + "/members/" + added.userId())).body(added);
  }

  @PostMapping("/members/new")
  @Operation(summary = "Create a user and make them a member",
      description = "Id of lower-case letters, digits, dot and hyphen; a first password of 10 to 128 characters "
          + "(never stored by us nor audited). 409 when the id is taken.")
  ResponseEntity<Members.Member> create(@PathVariable String unitId, @Valid @RequestBody NewMember request) {
    Members.Member added = members.create(unitId, request);
    return ResponseEntity.created(URI.create("/api/units/" + unitId + "/members/" + added.userId())).body(added);
  }

  @DeleteMapping("/members/{userId}")
  @Operation(summary = "End a membership", description = "Also ends their management of this unit. 404 when not a member.")
  ResponseEntity<Void> remove(@PathVariable String unitId, @PathVariable String userId) {
    members.remove(unitId, userId);
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/managers/{userId}")
  @Operation(summary = "Appoint a member as a manager of the unit's members (administrators)",
      description = "404 when not a member; appointing again changes nothing.")
  Members.Member appoint(@PathVariable String unitId, @PathVariable String userId) {
    return members.appoint(unitId, userId, true);
  }

  @DeleteMapping("/managers/{userId}")
  @Operation(summary = "End a member's management of the unit (administrators)")
  Members.Member revoke(@PathVariable String unitId, @PathVariable String userId) {
    return members.appoint(unitId, userId, false);
  }
}
