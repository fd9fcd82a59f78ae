package vn.danvan.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.workflow.directive.DirectiveProcess;
import vn.danvan.workflow.evaluation.EvaluationProcess;
import vn.danvan.workflow.petition.PetitionProcess;
import vn.danvan.workflow.recognition.RecognitionProcess;
import vn.danvan.workflow.registration.RegistrationProcess;
import vn.danvan.workflow.reward.RewardProcess;

/**
 * Every variable a delegate (or gateway) reads from a user task's form, as each process declares it
 * ({@code READ_FROM_FORMS}), is a field of the form bound to that task in processes/: a field renamed in
 * Modeler without the code fails here, not silently at run time.
 */
class FormFieldsReadByDelegatesTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> declaredFields() {
    return Stream.of(
        Arguments.of(RegistrationProcess.KEY, RegistrationProcess.READ_FROM_FORMS),
        Arguments.of(EvaluationProcess.KEY, EvaluationProcess.READ_FROM_FORMS),
        Arguments.of(RecognitionProcess.KEY, RecognitionProcess.READ_FROM_FORMS),
        Arguments.of(RewardProcess.KEY, RewardProcess.READ_FROM_FORMS),
        Arguments.of(DirectiveProcess.KEY, DirectiveProcess.READ_FROM_FORMS),
        Arguments.of(PetitionProcess.FEEDBACK, PetitionProcess.FEEDBACK_READ_FROM_FORMS),
        Arguments.of(PetitionProcess.COMPLAINT, PetitionProcess.COMPLAINT_READ_FROM_FORMS),
        Arguments.of(PetitionProcess.DENUNCIATION, PetitionProcess.DENUNCIATION_READ_FROM_FORMS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredFields")
  void everyFieldADelegateReadsIsOnTheTasksForm(String processKey, Map<String, List<String>> readFromForms)
      throws IOException {
    BpmnModelInstance diagram = Bpmn.readModelFromFile(PROCESSES.resolve(processKey + ".bpmn").toFile());
    Map<String, Set<String>> formKeys = formKeys();
    assertThat(readFromForms).isNotEmpty();
    List<String> missing = new ArrayList<>();
    readFromForms.forEach((taskId, fields) -> {
      UserTask task = diagram.getModelElementById(taskId);
      assertThat(task).as("user task %s in %s.bpmn", taskId, processKey).isNotNull();
      String formRef = task.getCamundaFormRef();
      assertThat(formKeys).as("form %s bound to %s", formRef, taskId).containsKey(formRef);
      fields.stream().filter(field -> !formKeys.get(formRef).contains(field))
          .forEach(field -> missing.add(formRef + ".form (" + taskId + ") has no field \"" + field + "\""));
    });
    assertThat(missing).as("fields the code reads but the forms lack").isEmpty();
  }

  /** Each form's id and the keys of its fields, groups included. */
  private static Map<String, Set<String>> formKeys() throws IOException {
    Map<String, Set<String>> forms = new HashMap<>();
    try (Stream<Path> files = Files.list(PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        Set<String> keys = new HashSet<>();
        collectKeys(form, keys);
        forms.put(form.path("id").asText(), keys);
      }
    }
    return forms;
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component, keys);
    }
  }
}
