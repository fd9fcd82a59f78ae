package vn.danvan.workflow.registration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * "Hướng dẫn một lần đầy đủ": everything missing from a returned registration, as one list.
 * Tasklist submits the checklist as a Spin JSON array, the REST API as a Java list.
 */
final class MissingItems {

  private MissingItems() {
  }

  static List<String> from(Object checked, Object other) {
    List<String> items = new ArrayList<>();
    if (checked instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(node -> items.add(node.stringValue()));
    } else if (checked instanceof Collection<?> list) {
      list.forEach(item -> items.add(String.valueOf(item)));
    } else if (checked instanceof String text && !text.isBlank()) {
      items.add(text);
    }
    if (other instanceof String text && !text.isBlank()) {
      items.add(text.strip());
    }
    return items;
  }

  static String asText(List<String> items) {
    return items.isEmpty() ? null : "- " + String.join("\n- ", items);
  }
}
