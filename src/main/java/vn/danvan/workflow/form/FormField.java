package vn.danvan.workflow.form;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One input of a Camunda Form as form-js 1.8 reads it: what a client renders and what a submission must meet.
 * {@code options} are the form's {@code values}, or those of the variable {@code valuesKey} names, as the task
 * holds them now. {@code defaultValue} is what form-js submits when the user leaves the field as it is (its
 * {@code defaultValue}, else the type's empty value: false, [], "" or null). {@code hideIf} is the FEEL condition
 * (without '=') under which the field is hidden, so neither asked for nor submitted. {@code value} is the
 * task's current value of the variable (what a read-only field shows).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(String key, String label, String type, String subtype, boolean required, boolean readonly,
    boolean disabled, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern,
    Integer decimalDigits, BigDecimal increment, List<FormOptions.Option> options, String valuesKey,
    Object defaultValue, String hideIf, Object value) {

  /** Whether the field's choices are known (listed in the form or read from {@code valuesKey}). */
  public boolean hasOptions() {
    return switch (type) {
      case "select", "radio", "checklist", "taglist" -> true;
      default -> false;
    };
  }

  /** Whether a person enters it (not read-only, not disabled). */
  public boolean editable() {
    return !readonly && !disabled;
  }

  FormField withOptions(List<FormOptions.Option> resolved, Object current) {
    return new FormField(key, label, type, subtype, required, readonly, disabled, min, max, minLength, maxLength,
        pattern, decimalDigits, increment, resolved, valuesKey, defaultValue, hideIf, current);
  }
}
