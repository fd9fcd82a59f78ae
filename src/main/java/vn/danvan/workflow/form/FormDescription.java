package vn.danvan.workflow.form;

import java.util.List;
import java.util.Optional;

/**
 * The fields of a task's Camunda Form, as the API, engine-rest, Tasklist's submit and the portal describe and
 * check them. A task without a Camunda Form has no fields.
 */
public record FormDescription(List<FormField> fields) {

  public static final FormDescription NONE = new FormDescription(List.of());
  public static final String DECISION = "decision";
  /** A comment may go with every completion; the form may show it as a field of its own. */
  public static final String COMMENT = "comment";
  public static final int COMMENT_MAX_LENGTH = 4000;

  public List<String> decisions() {
    return field(DECISION).map(f -> f.options().stream().map(FormOptions.Option::value).toList()).orElse(List.of());
  }

  public Optional<FormField> field(String key) {
    return fields.stream().filter(f -> key.equals(f.key())).findFirst();
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }
}
