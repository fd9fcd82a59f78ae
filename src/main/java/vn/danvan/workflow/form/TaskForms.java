package vn.danvan.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.web.FieldProblems;

/**
 * The one form engine: reads the Camunda Form behind a task (the file Tasklist renders, from the deployment the
 * task's formRef resolves to), describes its fields with the options and values the task holds now, and checks
 * a submission as form-js 1.8 would, defaults included. Our API, engine-rest, Tasklist's submit-form and the
 * portal all go through it.
 */
@Component
public class TaskForms {

  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "select", "radio",
      "checkbox", "checklist", "taglist", "datetime");

  private final FormService forms;
  private final TaskService tasks;
  private final ObjectMapper json;
  private final Map<String, FormDescription> templates = new ConcurrentHashMap<>();
  private final Map<String, FormLayout> layouts = new ConcurrentHashMap<>();

  public TaskForms(FormService forms, TaskService tasks, ObjectMapper json) {
    this.forms = forms;
    this.tasks = tasks;
    this.json = json;
  }

  /** A submission checked: the variables to complete the task with, or the problems found. */
  public record Submission(org.camunda.bpm.engine.variable.VariableMap variables, List<FieldProblems.Problem> problems) {

    public boolean valid() {
      return problems.isEmpty();
    }

    /** @throws FieldProblems if the submission does not fit the form */
    public org.camunda.bpm.engine.variable.VariableMap orThrow() {
      if (!problems.isEmpty()) {
        throw new FieldProblems(problems);
      }
      return variables;
    }
  }

  /**
   * The task's form with what the task holds now: options of {@code valuesKey} fields read from its variables,
   * each field's current value. No authorization is asked: callers decide who may see the task.
   */
  public FormDescription describe(String taskId) {
    TaskFormData data = forms.getTaskFormData(taskId);
    if (data == null || data.getCamundaFormRef() == null) {
      return FormDescription.NONE;
    }
    Task task = data.getTask();
    FormDescription template = template(taskId, task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    Set<String> names = new LinkedHashSet<>();
    template.fields().forEach(field -> {
      names.add(field.key());
      if (field.valuesKey() != null) {
        names.add(field.valuesKey());
      }
    });
    Map<String, Object> variables = tasks.getVariables(taskId, names);
    List<FormField> fields = new ArrayList<>();
    for (FormField field : template.fields()) {
      List<FormOptions.Option> options = field.valuesKey() == null ? field.options()
          : FormOptions.read(SubmittedValues.plain(variables.get(field.valuesKey())));
      fields.add(field.withOptions(options, SubmittedValues.plain(variables.get(field.key()))));
    }
    return new FormDescription(List.copyOf(fields));
  }

  /**
   * The form's fields without the task's values (options from {@code valuesKey} unknown): enough for the task
   * lists' decisions. Cached per process definition and task; a changed form arrives with a new deployment.
   */
  public FormDescription template(String taskId, String processDefinitionId, String taskDefinitionKey) {
    return templates.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, key -> load(taskId));
  }

  /**
   * The form laid out for a page: every component with its visibility for these values (null: as the task
   * holds them), texts filled from the task's variables, each input's value and problems.
   */
  public FormView view(String taskId, FormDescription form, Map<String, ?> submitted,
      List<FieldProblems.Problem> problems) {
    if (form.isEmpty()) {
      return new FormView(List.of(), problems);
    }
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return new FormView(List.of(), problems);
    }
    FormLayout layout = layouts.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> loadLayout(taskId));
    Map<String, Object> variables = tasks.getVariables(taskId, layout.names());
    return FormView.of(layout, form, variables, submitted, problems);
  }

  /**
   * A page's form parameters as the form engine reads a submission: texts as texts, numbers as numbers (what is
   * not a number stays text, to be refused and shown again), a checkbox not sent as false, choices not sent as
   * none. Only the form's editable fields and the comment are read.
   */
  public static Map<String, Object> fromParameters(FormDescription form, Map<String, List<String>> parameters) {
    Map<String, Object> submitted = new java.util.LinkedHashMap<>();
    for (FormField field : form.fields()) {
      if (!field.editable()) {
        continue;
      }
      List<String> given = parameters.getOrDefault(field.key(), List.of());
      String first = given.isEmpty() ? null : given.get(0);
      switch (field.type()) {
        case "checkbox" -> submitted.put(field.key(), given.contains("true"));
        case "checklist", "taglist" -> submitted.put(field.key(), given.stream().filter(v -> !v.isEmpty()).toList());
        case "number" -> submitted.put(field.key(), number(first));
        case "select", "radio", "datetime" -> submitted.put(field.key(),
            first == null || first.isBlank() ? null : first);
        default -> submitted.put(field.key(), first == null ? "" : first);
      }
    }
    List<String> comment = parameters.get(FormDescription.COMMENT);
    if (form.field(FormDescription.COMMENT).isEmpty() && comment != null && !comment.isEmpty()
        && !comment.get(0).isBlank()) {
      submitted.put(FormDescription.COMMENT, comment.get(0));
    }
    return submitted;
  }

  private static Object number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(text.strip().replace(',', '.'));
      if (number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
        return number.longValue();
      }
      return number.doubleValue();
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private FormLayout loadLayout(String taskId) {
    try (InputStream in = forms.getDeployedTaskForm(taskId)) {
      return FormLayout.read(json.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable form of task " + taskId, e);
    }
  }

  /** What is wrong with a submission (an empty list if nothing), defaults applied first as form-js does. */
  public List<FieldProblems.Problem> validate(FormDescription form, Map<String, ?> submitted) {
    return submission(form, submitted).problems();
  }

  /** The submission as form-js sends it: each visible field the user left as it was gets its default. */
  public Map<String, Object> withDefaults(FormDescription form, Map<String, ?> submitted) {
    return FormValidation.withDefaults(form, submitted);
  }

  /** Checks a submission and gives the variables to complete with (lists as Json, as Tasklist sends them). */
  public Submission submission(FormDescription form, Map<String, ?> submitted) {
    return FormValidation.check(form, submitted);
  }

  private FormDescription load(String taskId) {
    TaskFormData data = forms.getTaskFormData(taskId);
    if (data == null || data.getCamundaFormRef() == null) {
      return FormDescription.NONE;
    }
    try (InputStream in = forms.getDeployedTaskForm(taskId)) {
      return read(json.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable form of task " + taskId, e);
    }
  }

  /** A Camunda Form (its JSON) as fields; public for tests and tools that read a .form file. */
  public static FormDescription read(JsonNode form) {
    List<FormField> fields = new ArrayList<>();
    collect(form.path("components"), null, fields);
    return new FormDescription(List.copyOf(fields));
  }

  private static void collect(JsonNode components, String parentHide, List<FormField> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      String hide = either(parentHide, feel(component.path("conditional").path("hide").asText(null)));
      if (component.has("components")) {
        collect(component.path("components"), hide, fields);
      }
      if (!INPUTS.contains(type) || !component.hasNonNull("key")) {
        continue;
      }
      List<FormOptions.Option> options = new ArrayList<>();
      component.path("values").forEach(v -> options.add(
          new FormOptions.Option(v.path("label").asText(), v.path("value").asText())));
      JsonNode validate = component.path("validate");
      fields.add(new FormField(component.path("key").asText(), label(component), type,
          component.path("subtype").asText(null), validate.path("required").asBoolean(false),
          flag(component.path("readonly")), flag(component.path("disabled")),
          number(validate.path("min")), number(validate.path("max")), integer(validate.path("minLength")),
          integer(validate.path("maxLength")), validate.path("pattern").asText(null),
          integer(component.path("decimalDigits")), number(component.path("increment")), List.copyOf(options),
          component.path("valuesKey").asText(null), defaultValue(type, component.get("defaultValue")), hide, null));
    }
  }

  private static String label(JsonNode component) {
    return component.hasNonNull("label") ? component.path("label").asText()
        : component.path("dateLabel").asText(component.path("timeLabel").asText(null));
  }

  /** form-js 1.8: a field's {@code defaultValue}, else its type's empty value. */
  private static Object defaultValue(String type, JsonNode given) {
    if (given != null && !given.isNull()) {
      return SubmittedValues.plain(given);
    }
    return switch (type) {
      case "checkbox" -> Boolean.FALSE;
      case "checklist", "taglist" -> List.of();
      case "textfield", "textarea" -> "";
      default -> null;
    };
  }

  /** A read-only or disabled flag; a FEEL expression there is taken as set (the safe side). */
  private static boolean flag(JsonNode node) {
    return node.isBoolean() ? node.asBoolean() : node.isTextual() && !node.asText().isBlank();
  }

  private static BigDecimal number(JsonNode node) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isTextual()) {
      try {
        return new BigDecimal(node.asText().strip());
      } catch (NumberFormatException e) {
        return null; // a FEEL expression: not checked here
      }
    }
    return null;
  }

  private static Integer integer(JsonNode node) {
    BigDecimal value = number(node);
    return value == null ? null : value.intValue();
  }

  private static String feel(String condition) {
    if (condition == null || condition.isBlank()) {
      return null;
    }
    return condition.startsWith("=") ? condition.substring(1).strip() : condition.strip();
  }

  private static String either(String first, String second) {
    if (first == null) {
      return second;
    }
    return second == null || second.equals(first) ? first : "(" + first + ") or (" + second + ")";
  }
}
