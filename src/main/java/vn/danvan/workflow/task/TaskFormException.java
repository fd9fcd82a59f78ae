package vn.danvan.workflow.task;

import java.util.List;

/** A completion that does not fit the task's form: 400 with one message per field. */
public class TaskFormException extends RuntimeException {

  private final transient List<FormValidation.Problem> problems;

  TaskFormException(List<FormValidation.Problem> problems) {
    super("task form validation failed");
    this.problems = problems;
  }

  public List<Problem> problems() {
    return problems.stream().map(p -> new Problem(p.field(), p.code(), p.args())).toList();
  }

  /** Public view of a field problem for the error handler. */
  public record Problem(String field, String code, Object[] args) {
  }
}
