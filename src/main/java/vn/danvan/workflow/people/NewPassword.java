package vn.danvan.workflow.people;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A password an administrator sets for someone (never kept anywhere but Camunda's salted hash, never audited). */
public record NewPassword(@NotNull @Size(min = NewPassword.MIN, max = NewPassword.MAX) String password) {

  static final int MIN = 10;
  static final int MAX = 128;
}
