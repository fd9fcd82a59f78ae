package vn.danvan.workflow.form;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.web.FieldRefused;

/**
 * Reads what a task was completed with, whichever way it came: Tasklist (form-js: a checklist as a Json array,
 * a date as "2026-12-20"), engine-rest or our API (Java lists, numbers, strings).
 */
public final class FormValues {

  /** A return's checked list of what is missing, and its free text. */
  public static final String MISSING_ITEMS = "missingItems";
  public static final String MISSING_OTHER = "missingOther";

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
      return date.toInstant().atZone(VietnamTime.ZONE).toLocalDate();
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    return text.length() <= 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text).atZoneSameInstant(VietnamTime.ZONE)
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

  /**
   * A return's list of what is missing ({@code missingItems} and {@code missingOther}); a return that names
   * nothing is refused, whichever way the task was completed (the forms cannot require "one of the two").
   */
  public static String requiredMissingText(DelegateExecution execution) {
    String missing = missingText(execution.getVariable(MISSING_ITEMS), execution.getVariable(MISSING_OTHER));
    if (missing == null) {
      throw new FieldRefused(MISSING_ITEMS, "step.missing-required");
    }
    return missing;
  }

  /**
   * The reason a rejection, refusal, removal or return must give: the forms require it, and so does the step,
   * for completions through engine-rest that skip the form.
   */
  public static String requiredReason(DelegateExecution execution, String field) {
    String reason = text(execution.getVariable(field));
    if (reason == null) {
      throw new FieldRefused(field, "step.reason-required");
    }
    return reason;
  }

  /** "Trả lại một lần" (Nghị định 61/2018/NĐ-CP): what was returned once is approved or refused, not returned. */
  public static void refuseSecondReturn(boolean returnedBefore) {
    if (returnedBefore) {
      throw new FieldRefused(FormDescription.DECISION, "step.return-once");
    }
  }
}
