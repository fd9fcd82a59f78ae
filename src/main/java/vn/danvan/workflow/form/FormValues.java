package vn.danvan.workflow.form;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a task was completed with, whichever way it came: Tasklist (form-js: a checklist as a Json array,
 * a date as "2026-12-20"), engine-rest or our API (Java lists, numbers, strings).
 */
public final class FormValues {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private FormValues() {
  }

  public static List<String> strings(Object value) {
    List<String> items = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(node -> items.add(node.isString() ? node.stringValue() : node.toString()));
    } else if (value instanceof Collection<?> list) {
      list.stream().filter(item -> item != null).forEach(item -> items.add(String.valueOf(item)));
    } else if (value instanceof String single && !single.isBlank()) {
      items.add(single.strip());
    } else if (value instanceof Number number) {
      items.add(number.toString());
    }
    return items;
  }

  public static List<Long> ids(Object value) {
    return strings(value).stream().map(String::strip).filter(s -> s.matches("\\d+")).map(Long::valueOf).distinct()
        .toList();
  }

  public static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  public static Integer integer(Object value) {
    if (value instanceof Number number) {
      return number.intValue();
    }
    String text = text(value);
    return text == null ? null : (int) Math.round(Double.parseDouble(text));
  }

  public static boolean bool(Object value) {
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  /** A form-js date ("2026-12-20"), a date-time string, or a Date variable. */
  public static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(VIETNAM).toLocalDate();
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    return text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).atZoneSameInstant(VIETNAM)
        .toLocalDate();
  }

  /** "Hướng dẫn một lần đầy đủ": the checked items and the free text, as one list. */
  public static String missingText(Object checked, Object other) {
    List<String> items = strings(checked);
    String more = text(other);
    if (more != null) {
      items.add(more);
    }
    return items.isEmpty() ? null : "- " + String.join("\n- ", items);
  }
}
