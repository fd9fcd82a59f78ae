package vn.danvan.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A submitted or stored value as plain Java, whichever way it came: our API (Jackson: lists, maps, numbers),
 * engine-rest (typed values, a checklist as a Json variable), Tasklist (form-js data as Json) or the engine
 * (Spin nodes, dates).
 */
final class SubmittedValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A value that cannot be read as JSON-like data (an object variable in another format). */
  static final Object UNREADABLE = new Object() {
    @Override
    public String toString() {
      return "(unreadable)";
    }
  };

  private SubmittedValues() {
  }

  static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      String format = serializable.getSerializationDataFormat();
      if (format != null && format.contains("json") && serializable.getValueSerialized() != null) {
        try {
          return plain(JSON.readTree(serializable.getValueSerialized()));
        } catch (java.io.IOException e) {
          return UNREADABLE;
        }
      }
      return UNREADABLE;
    }
    if (value instanceof TypedValue typed) {
      return plain(typed.getValue());
    }
    if (value instanceof SpinJsonNode spin) {
      try {
        return plain(JSON.readTree(spin.toString()));
      } catch (java.io.IOException e) {
        return UNREADABLE;
      }
    }
    if (value instanceof JsonNode node) {
      return fromJson(node);
    }
    if (value instanceof Collection<?> items) {
      List<Object> list = new ArrayList<>();
      items.forEach(item -> list.add(plain(item)));
      return list;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> plain = new LinkedHashMap<>();
      map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v)));
      return plain;
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Date
        || value == null) {
      return value;
    }
    if (value instanceof java.time.temporal.TemporalAccessor) {
      return value.toString();
    }
    return UNREADABLE;
  }

  private static Object fromJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      return node.asText();
    }
    if (node.isBoolean()) {
      return node.asBoolean();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.asLong() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(fromJson(item)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> map.put(entry.getKey(), fromJson(entry.getValue())));
    return map;
  }

  /** Null, "", blank text and the empty list are the same "nothing" to a form. */
  static boolean isBlank(Object value) {
    return value == null || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> items && items.isEmpty();
  }

  /** Values equal as a form sees them: numbers by value, every "nothing" alike. */
  static boolean same(Object a, Object b) {
    if (isBlank(a) || isBlank(b)) {
      return isBlank(a) && isBlank(b);
    }
    if (a instanceof Number x && b instanceof Number y) {
      try {
        return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
      } catch (NumberFormatException e) {
        return x.equals(y);
      }
    }
    if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      var i = y.iterator();
      for (Object item : x) {
        if (!same(item, i.next())) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b) || a.toString().equals(b.toString());
  }
}
