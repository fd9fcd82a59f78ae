package vn.danvan.workflow.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.danvan.workflow.web.FieldProblems.Problem;
import vn.danvan.workflow.web.PlainText;

/**
 * Checks a submission against a task's form as form-js 1.8 does when a user submits it in Tasklist: every field
 * the user left as it was keeps the task's value, else takes its default; fields hidden by their FEEL condition are neither checked nor
 * submitted; read-only ones keep their value; visible ones must meet every constraint of the form (required,
 * options, min/max, decimal digits and increment, minLength/maxLength, pattern) and be of their type. Beyond
 * form-js: keys the form does not have are refused, texts must be plain, and a comment may go with any
 * completion.
 */
final class FormValidation {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  /** Parsing FEEL costs far more than evaluating it: each form's conditions are parsed once. */
  private static final Map<String, ParsedExpression> PARSED = new ConcurrentHashMap<>();
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private FormValidation() {
  }

  static Map<String, Object> withDefaults(FormDescription form, Map<String, ?> submitted) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (submitted != null) {
      submitted.forEach((key, value) -> values.put(key, SubmittedValues.plain(value)));
    }
    for (FormField field : form.fields()) {
      if (field.editable() && !values.containsKey(field.key())) {
        values.put(field.key(), initial(field));
      }
    }
    return values;
  }

  /**
   * What form-js 1.8 submits for a field the user left as it was: the task's value of the variable as form-js
   * sanitises it (a choice no longer among the options is dropped, a text is text...), else the field's
   * default.
   */
  private static Object initial(FormField field) {
    Object current = field.value();
    Object sanitised = current == null || current == SubmittedValues.UNREADABLE ? null : sanitise(field, current);
    return sanitised != null ? sanitised : field.defaultValue();
  }

  private static Object sanitise(FormField field, Object value) {
    List<String> allowed = field.options().stream().map(FormOptions.Option::value).toList();
    return switch (field.type()) {
      case "checkbox" -> Boolean.TRUE.equals(value);
      case "checklist", "taglist" -> value instanceof Collection<?> items
          ? items.stream().filter(item -> isChoice(item) && allowed.contains(String.valueOf(item))).toList() : null;
      case "select", "radio" -> isChoice(value) && allowed.contains(String.valueOf(value)) ? value : null;
      case "number" -> value instanceof Number ? value : null;
      case "datetime" -> isDate(field, value) ? value : null;
      default -> value instanceof String || value instanceof Number || value instanceof Boolean
          ? value.toString() : null;
    };
  }

  static TaskForms.Submission check(FormDescription form, Map<String, ?> submitted) {
    Map<String, Object> values = withDefaults(form, submitted);
    List<Problem> problems = new ArrayList<>();
    VariableMap variables = Variables.createVariables();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      String key = entry.getKey();
      FormField field = form.field(key).orElse(null);
      if (field == null && !key.equals(FormDescription.COMMENT)) {
        problems.add(new Problem(key, "task.field.unknown"));
      } else if (field != null && !field.editable() && !SubmittedValues.same(entry.getValue(), field.value())) {
        problems.add(new Problem(key, "task.field.readonly"));
      }
    }
    Set<String> hidden = hiddenFields(form, values);
    for (FormField field : form.fields()) {
      if (!field.editable() || hidden.contains(field.key())) {
        continue;
      }
      Object value = values.get(field.key());
      if (value == SubmittedValues.UNREADABLE) {
        problems.add(new Problem(field.key(), "task.field.type"));
        continue;
      }
      if (isEmpty(field, value)) {
        if (field.required()) {
          problems.add(new Problem(field.key(), "task.field.required"));
        }
      } else {
        checkValue(field, value, problems);
      }
      variables.putValue(field.key(), toVariable(value));
    }
    if (form.field(FormDescription.COMMENT).isEmpty() && values.get(FormDescription.COMMENT) != null) {
      Object comment = values.get(FormDescription.COMMENT);
      if (!(comment instanceof String text)) {
        problems.add(new Problem(FormDescription.COMMENT, "task.field.text"));
      } else if (text.strip().length() > FormDescription.COMMENT_MAX_LENGTH) {
        problems.add(new Problem(FormDescription.COMMENT, "task.field.length", FormDescription.COMMENT_MAX_LENGTH));
      } else if (!PlainText.Validator.isPlain(text)) {
        problems.add(new Problem(FormDescription.COMMENT, "task.field.plain"));
      } else {
        variables.putValue(FormDescription.COMMENT, text);
      }
    }
    return new TaskForms.Submission(variables, List.copyOf(problems));
  }

  /** form-js 1.8: unset, "", an empty list, and for a checkbox false, do not meet "required". */
  private static boolean isEmpty(FormField field, Object value) {
    return SubmittedValues.isBlank(value) || "checkbox".equals(field.type()) && Boolean.FALSE.equals(value);
  }

  private static void checkValue(FormField field, Object value, List<Problem> problems) {
    String key = field.key();
    List<String> allowed = field.options().stream().map(FormOptions.Option::value).toList();
    switch (field.type()) {
      case "number" -> checkNumber(field, value, problems);
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          problems.add(new Problem(key, "task.field.boolean"));
        }
      }
      case "checklist", "taglist" -> {
        if (!(value instanceof Collection<?> items)) {
          problems.add(new Problem(key, "task.field.list"));
        } else if (items.stream().anyMatch(item -> !isChoice(item) || !allowed.contains(String.valueOf(item)))) {
          problems.add(options(key, allowed));
        }
      }
      case "select", "radio" -> {
        if (!isChoice(value) || !allowed.contains(String.valueOf(value))) {
          problems.add(options(key, allowed));
        }
      }
      case "datetime" -> {
        if (!isDate(field, value)) {
          problems.add(new Problem(key, "task.field.date"));
        }
      }
      default -> checkText(field, value, problems);
    }
  }

  private static Problem options(String key, List<String> allowed) {
    return allowed.isEmpty() ? new Problem(key, "task.field.no-option")
        : new Problem(key, "task.field.option", String.join(", ", allowed));
  }

  private static boolean isChoice(Object value) {
    return value instanceof String || value instanceof Number;
  }

  private static void checkNumber(FormField field, Object value, List<Problem> problems) {
    String key = field.key();
    BigDecimal number;
    try {
      number = value instanceof Number n && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))
          ? new BigDecimal(n.toString()) : null;
    } catch (NumberFormatException e) {
      number = null;
    }
    if (number == null) {
      problems.add(new Problem(key, "task.field.number"));
      return;
    }
    if (field.decimalDigits() != null && field.decimalDigits() >= 0
        && Math.max(0, number.stripTrailingZeros().scale()) > field.decimalDigits()) {
      problems.add(field.decimalDigits() == 0 ? new Problem(key, "task.field.integer")
          : new Problem(key, "task.field.decimals", field.decimalDigits()));
    } else if (field.increment() != null && field.increment().signum() > 0
        && number.remainder(field.increment()).signum() != 0) {
      problems.add(new Problem(key, "task.field.increment", field.increment().toPlainString()));
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      problems.add(new Problem(key, "task.field.min", field.min().toPlainString()));
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      problems.add(new Problem(key, "task.field.max", field.max().toPlainString()));
    }
  }

  private static boolean isDate(FormField field, Object value) {
    if (value instanceof Date) {
      return true;
    }
    if (!(value instanceof String text)) {
      return false;
    }
    if (field.subtype() == null || "date".equals(field.subtype())) {
      try {
        LocalDate.parse(text);
        return text.length() == 10;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return !text.isBlank() && PlainText.Validator.isPlain(text);
  }

  private static void checkText(FormField field, Object value, List<Problem> problems) {
    String key = field.key();
    if (!(value instanceof String text)) {
      problems.add(new Problem(key, "task.field.text"));
      return;
    }
    int length = text.strip().length();
    if (field.maxLength() != null && length > field.maxLength()) {
      problems.add(new Problem(key, "task.field.length", field.maxLength()));
    }
    if (field.minLength() != null && length < field.minLength()) {
      problems.add(new Problem(key, "task.field.min-length", field.minLength()));
    }
    if (field.pattern() != null && !matches(field.pattern(), text)) {
      problems.add(new Problem(key, "task.field.pattern", field.pattern()));
    }
    if (!PlainText.Validator.isPlain(text)) {
      problems.add(new Problem(key, "task.field.plain"));
    }
  }

  /** As JavaScript's {@code RegExp.test}: somewhere in the text, unless the pattern anchors itself. */
  private static boolean matches(String pattern, String text) {
    Pattern compiled = PATTERNS.computeIfAbsent(pattern, p -> {
      try {
        return Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        return null;
      }
    });
    return compiled == null || compiled.matcher(text).find();
  }

  /**
   * The fields whose FEEL hide condition holds for these values. All conditions of a form are evaluated as one
   * FEEL list: each evaluation builds FEEL's root context (its built-in functions), which costs more than the
   * conditions themselves. A condition that does not give true (an error, null) does not hide, as in form-js.
   */
  private static Set<String> hiddenFields(FormDescription form, Map<String, Object> submitted) {
    List<FormField> conditional = form.fields().stream().filter(field -> field.hideIf() != null).toList();
    if (conditional.isEmpty()) {
      return Set.of();
    }
    Map<String, Object> context = new LinkedHashMap<>();
    form.fields().forEach(field -> context.put(field.key(), field.value()));
    context.putAll(submitted);
    context.replaceAll((key, value) -> value == SubmittedValues.UNREADABLE ? null
        : value instanceof Date date ? date.toInstant().toString() : value);
    String conditions = conditional.stream().map(field -> "(" + field.hideIf() + ")")
        .collect(Collectors.joining(", ", "[", "]"));
    List<?> answers = evaluate(conditions, context) instanceof List<?> list && list.size() == conditional.size()
        ? list : conditional.stream().map(field -> evaluate(field.hideIf(), context)).toList();
    Set<String> hidden = new HashSet<>();
    for (int i = 0; i < answers.size(); i++) {
      if (Boolean.TRUE.equals(answers.get(i))) {
        hidden.add(conditional.get(i).key());
      }
    }
    return hidden;
  }

  /** A FEEL expression's value in this context; null if it fails (as form-js shows nothing then). */
  static Object evaluateOrNull(String expression, Map<String, Object> context) {
    try {
      return evaluate(expression, context);
    } catch (IllegalStateException e) {
      PARSED.remove(expression);
      return null;
    }
  }

  private static Object evaluate(String expression, Map<String, Object> context) {
    ParsedExpression parsed = PARSED.computeIfAbsent(expression, FormValidation::parse);
    EvaluationResult result = FEEL.evaluate(parsed, context);
    return result.isFailure() ? null : result.result();
  }

  private static ParsedExpression parse(String expression) {
    ParseResult parsed = FEEL.parseExpression(expression);
    if (parsed.isFailure()) {
      throw new IllegalStateException("Unreadable FEEL condition in a form: " + expression + " ("
          + parsed.failure().message() + ")");
    }
    return parsed.parsedExpression();
  }

  private static Object toVariable(Object value) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return SpinValues.jsonValue(Spin.JSON(value)).create();
    }
    return value;
  }
}
