package vn.danvan.workflow.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input refused field by field: 400 problem+json with one message per field ({@code code} in messages*.properties
 * with {@code args}). Thrown by whoever checks a user's input (a task's form, a step of a process); the web layer
 * answers it without knowing who checked.
 */
public class FieldProblems extends RuntimeException {

  private final transient List<Problem> problems;

  public FieldProblems(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** One field's problem; {@code field} is null when the refusal names no field. */
  public record Problem(String field, String code, Object... args) {

    @Override
    public String toString() {
      return (field == null ? "" : field + ": ") + code;
    }
  }
}
