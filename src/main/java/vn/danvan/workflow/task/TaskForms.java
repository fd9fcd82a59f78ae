package vn.danvan.workflow.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * Reads the Camunda Form behind a task (the same file Tasklist renders), once per task definition. The form
 * is the single description of a task's fields: Tasklist shows it, the API describes and validates with it.
 */
@Component
class TaskForms {

  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "select", "radio",
      "checkbox", "checklist", "taglist", "datetime");

  private final FormService forms;
  private final ObjectMapper json;
  private final Map<String, TaskForm> cache = new ConcurrentHashMap<>();

  TaskForms(FormService forms, ObjectMapper json) {
    this.forms = forms;
    this.json = json;
  }

  /** Forms are cached per process definition version and task; a changed form arrives with a restart. */
  TaskForm of(String taskId, String processDefinitionId, String taskDefinitionKey) {
    return cache.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, key -> load(taskId));
  }

  private TaskForm load(String taskId) {
    TaskFormData data = forms.getTaskFormData(taskId);
    if (data == null || data.getCamundaFormRef() == null) {
      return TaskForm.NONE;
    }
    try (InputStream in = forms.getDeployedTaskForm(taskId)) {
      List<TaskForm.Field> fields = new ArrayList<>();
      collect(json.readTree(in).path("components"), fields);
      return new TaskForm(List.copyOf(fields));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable form of task " + taskId, e);
    }
  }

  private static void collect(JsonNode components, List<TaskForm.Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.has("components")) {
        collect(component.path("components"), fields);
      }
      if (!INPUTS.contains(type) || !component.hasNonNull("key")) {
        continue;
      }
      List<TaskForm.Option> options = new ArrayList<>();
      component.path("values").forEach(v -> options.add(
          new TaskForm.Option(v.path("value").asText(), v.path("label").asText())));
      String hide = component.path("conditional").path("hide").asText(null);
      JsonNode validate = component.path("validate");
      fields.add(new TaskForm.Field(component.path("key").asText(), component.path("label").asText(null), type,
          validate.path("required").asBoolean(false),
          component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
          validate.hasNonNull("maxLength") ? validate.path("maxLength").asInt() : null,
          List.copyOf(options),
          hide == null ? null : hide.startsWith("=") ? hide.substring(1) : hide));
    }
  }
}
