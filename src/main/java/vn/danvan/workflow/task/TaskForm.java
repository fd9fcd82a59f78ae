package vn.danvan.workflow.task;

import java.util.List;

/** The fields of a task's Camunda Form, as the API describes and validates them. */
record TaskForm(List<Field> fields) {

  static final TaskForm NONE = new TaskForm(List.of());
  static final String DECISION = "decision";

  record Option(String value, String label) {
  }

  /** {@code hideIf} is the form's FEEL condition (without '='), e.g. {@code decision != "RETURN"}. */
  record Field(String key, String label, String type, boolean required, boolean readonly, Integer maxLength,
      List<Option> options, String hideIf) {
  }

  List<String> decisions() {
    return field(DECISION).map(f -> f.options().stream().map(Option::value).toList()).orElse(List.of());
  }

  java.util.Optional<Field> field(String key) {
    return fields.stream().filter(f -> key.equals(f.key())).findFirst();
  }
}
