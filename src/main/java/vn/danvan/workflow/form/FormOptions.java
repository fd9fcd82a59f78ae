package vn.danvan.workflow.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Variables a Camunda Form reads: the options of a select, radio or checklist ({@code valuesKey}) as a Json
 * list of {label, value}, which Tasklist hands to form-js as is; and id lists for multi-instance activities.
 */
public final class FormOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormOptions() {
  }

  public record Option(String label, String value) {
  }

  public static JsonValue of(List<Option> options) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The options a {@code valuesKey} variable holds (already plain: a list of {label, value} maps, or of plain
   * values, which form-js shows as their own label); anything else gives none.
   */
  public static List<Option> read(Object plain) {
    List<Option> options = new ArrayList<>();
    if (plain instanceof Collection<?> items) {
      for (Object item : items) {
        if (item instanceof java.util.Map<?, ?> option && option.get("value") != null) {
          Object label = option.get("label");
          options.add(new Option(label == null ? String.valueOf(option.get("value")) : String.valueOf(label),
              String.valueOf(option.get("value"))));
        } else if (item instanceof String || item instanceof Number || item instanceof Boolean) {
          options.add(new Option(String.valueOf(item), String.valueOf(item)));
        }
      }
    }
    return List.copyOf(options);
  }

  /** A list of ids for a multi-instance collection (ids as strings: they become business keys). */
  public static ObjectValue ids(Collection<?> ids) {
    List<String> values = new ArrayList<>();
    ids.forEach(id -> values.add(String.valueOf(id)));
    return Variables.objectValue(values).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  /** A markdown bullet list for a read-only text in a form. */
  public static String bullets(Collection<String> lines) {
    return lines.isEmpty() ? "(không có)" : "- " + String.join("\n- ", lines);
  }
}
