package vn.danvan.workflow.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person who has no account yet, made a member of the unit at once: the id they sign in with (lower-case letters,
 * digits, dot, hyphen), their name, e-mail and a first password the manager gives them (at least
 * {@value NewPassword#MIN} characters; they change it in Tasklist's profile).
 */
public record NewMember(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9.-]{1,31}") String userId,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName,
    @NotBlank @Email @Size(max = 255) String email,
    @NotNull @Size(min = NewPassword.MIN, max = NewPassword.MAX) String password) {

  static NewMember blank() {
    return new NewMember(null, null, null, null, null);
  }
}
