package vn.danvan.workflow.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.danvan.workflow.web.PlainText;

/**
 * Checks a completion against the task's form as form-js would in Tasklist: fields hidden by their FEEL
 * condition are ignored, visible required ones must be filled, choices must be among the options, texts
 * within their length. Produces the variables to complete with (lists as JSON, like Tasklist sends them).
 */
final class FormValidation {

  private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
  /** Parsing FEEL costs far more than evaluating it: each form's conditions are parsed once. */
  private static final Map<String, ParsedExpression> PARSED = new ConcurrentHashMap<>();

  record Problem(String field, String code, Object... args) {
  }

  record Result(VariableMap variables, List<Problem> problems) {
  }

  private FormValidation() {
  }

  static Result check(TaskForm form, String decision, String comment, Map<String, Object> submitted) {
    Map<String, Object> values = new LinkedHashMap<>(submitted == null ? Map.of() : submitted);
    if (decision != null) {
      values.put(TaskForm.DECISION, decision);
    }
    if (comment != null) {
      values.put("comment", comment);
    }
    List<Problem> problems = new ArrayList<>();
    VariableMap variables = Variables.createVariables();
    for (String key : values.keySet()) {
      boolean known = form.field(key).filter(f -> !f.readonly()).isPresent() || key.equals("comment");
      if (!known) {
        problems.add(new Problem(key, "task.field.unknown"));
      }
    }
    Set<String> hidden = hiddenFields(form, values);
    for (TaskForm.Field field : form.fields()) {
      if (field.readonly() || hidden.contains(field.key())) {
        continue;
      }
      Object value = values.get(field.key());
      if (isBlank(value)) {
        if (field.required()) {
          problems.add(new Problem(field.key(), "task.field.required"));
        }
        continue;
      }
      checkValue(field, value, problems);
      variables.putValue(field.key(), toVariable(value));
    }
    if (comment != null && form.field("comment").isEmpty()) {
      if (!PlainText.Validator.isPlain(comment)) {
        problems.add(new Problem("comment", "task.field.plain"));
      }
      variables.putValue("comment", comment);
    }
    return new Result(variables, problems);
  }

  private static void checkValue(TaskForm.Field field, Object value, List<Problem> problems) {
    List<String> allowed = field.options().stream().map(TaskForm.Option::value).toList();
    switch (field.type()) {
      case "number" -> {
        if (!(value instanceof Number)) {
          problems.add(new Problem(field.key(), "task.field.number"));
        }
      }
      case "checkbox" -> {
        if (!(value instanceof Boolean)) {
          problems.add(new Problem(field.key(), "task.field.boolean"));
        }
      }
      case "checklist", "taglist" -> {
        if (!(value instanceof Collection<?> items)) {
          problems.add(new Problem(field.key(), "task.field.list"));
        } else if (!allowed.isEmpty() && !allowed.containsAll(items.stream().map(String::valueOf).toList())) {
          problems.add(new Problem(field.key(), "task.field.option", String.join(", ", allowed)));
        }
      }
      case "select", "radio" -> {
        if (!allowed.isEmpty() && !allowed.contains(String.valueOf(value))) {
          problems.add(new Problem(field.key(), "task.field.option", String.join(", ", allowed)));
        }
      }
      default -> {
        if (!(value instanceof String text)) {
          problems.add(new Problem(field.key(), "task.field.text"));
        } else if (field.maxLength() != null && text.length() > field.maxLength()) {
          problems.add(new Problem(field.key(), "task.field.length", field.maxLength()));
        } else if (!PlainText.Validator.isPlain(text)) {
          problems.add(new Problem(field.key(), "task.field.plain"));
        }
      }
    }
  }

  /**
   * The fields whose FEEL hide condition holds for these values. All conditions of a form are evaluated as one
   * FEEL list: each evaluation builds FEEL's root context (its built-in functions), which costs more than the
   * conditions themselves.
   */
  private static Set<String> hiddenFields(TaskForm form, Map<String, Object> values) {
    List<TaskForm.Field> conditional = form.fields().stream().filter(field -> field.hideIf() != null).toList();
    if (conditional.isEmpty()) {
      return Set.of();
    }
    String conditions = conditional.stream().map(field -> "(" + field.hideIf() + ")")
        .collect(Collectors.joining(", ", "[", "]"));
    Map<String, Object> context = new LinkedHashMap<>();
    values.forEach((key, value) -> context.put(key, value instanceof Collection<?> c ? List.copyOf(c) : value));
    EvaluationResult result = FEEL.evaluate(PARSED.computeIfAbsent(conditions, FormValidation::parse), context);
    if (result.isFailure() || !(result.result() instanceof List<?> answers) || answers.size() != conditional.size()) {
      throw new IllegalStateException("FEEL conditions failed: " + conditions
          + (result.isFailure() ? " (" + result.failure().message() + ")" : ""));
    }
    Set<String> hidden = new HashSet<>();
    for (int i = 0; i < answers.size(); i++) {
      if (Boolean.TRUE.equals(answers.get(i))) {
        hidden.add(conditional.get(i).key());
      }
    }
    return hidden;
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

  private static boolean isBlank(Object value) {
    return value == null || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> items && items.isEmpty();
  }
}
