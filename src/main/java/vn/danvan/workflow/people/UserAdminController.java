package vn.danvan.workflow.people;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators only (403 otherwise): a user's password and deactivation. */
@RestController
@RequestMapping("/api/admin/users/{id}")
class UserAdminController {

  private final Members members;

  UserAdminController(Members members) {
    this.members = members;
  }

  @PostMapping("/password")
  @Operation(summary = "Set a new password (administrators)",
      description = "10 to 128 characters; also unlocks a user locked after failed logins. The audit says only "
          + "that it was reset. 409 for a deactivated user.")
  ResponseEntity<Void> resetPassword(@PathVariable String id, @Valid @RequestBody NewPassword request) {
    members.resetPassword(id, request.password());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/deactivate")
  @Operation(summary = "Deactivate a user (administrators)",
      description = "They can no longer sign in (portal, API, engine-rest, Camunda webapps); their open tasks go "
          + "back to their groups, their delegations for absence end, they leave their groups; the user stays, so "
          + "history keeps their name. 409 when already deactivated, 400 for oneself.")
  Members.Deactivation deactivate(@PathVariable String id) {
    return members.deactivate(id);
  }
}
