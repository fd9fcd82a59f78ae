package vn.danvan.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.StringUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every user task with a due date in processes/, with the policy the engine gives it when it deploys the folder
 * (what {@link ReminderParseListener} computes from the settings and the {@code reminder.*} properties): its
 * holders are reminded before and on the due date and it is escalated — unless it is listed in
 * {@link #EXCEPTIONS} with the reason. The engine runs with an escalation body other than the default, so a diagram
 * that names a fixed body (and so ignores {@code REMINDER_ESCALATE_TO}) or copies a default is caught.
 */
class EveryDueTaskIsRemindedTest {

  /** "process key / task id" of a task with a due date that is not reminded or not escalated, and why. */
  private static final Map<String, String> EXCEPTIONS = Map.of();

  private static final String CONFIGURED_BODY = "lanh-dao-theo-cau-hinh";
  private static final ReminderPolicy DEFAULTS = ReminderSettings.defaults("lanh-dao-ban-dan-van-huyen")
      .defaultPolicy();
  private static final Path PROCESSES = Path.of("processes");

  private static ReminderTestEngine test;

  @BeforeAll
  static void deployEveryProcess() throws IOException {
    test = new ReminderTestEngine("every-due-task", 25, ReminderSettings.defaults(CONFIGURED_BODY));
    try (Stream<Path> files = Files.list(PROCESSES)) {
      test.deploy(files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form")).sorted()
          .toArray(String[]::new));
    }
  }

  @AfterAll
  static void stop() {
    test.close();
  }

  @Test
  void everyUserTaskWithADueDateIsRemindedBeforeAndOnItAndEscalatedUnlessListedWithAReason() throws IOException {
    Map<String, String> notReminded = new LinkedHashMap<>();
    List<String> checked = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (task.getCamundaDueDate() == null) {
          continue;
        }
        String key = processOf(task).getId() + "/" + task.getId();
        checked.add(key);
        ReminderPolicy policy = deployedPolicy(processOf(task).getId(), task.getId());
        List<String> missing = new ArrayList<>();
        if (policy == null || !policy.enabled()) {
          missing.add("no reminders (reminder.enabled=false)");
        } else {
          if (policy.beforeDue().isEmpty()) {
            missing.add("no reminder before the due date");
          }
          if (!policy.onDue()) {
            missing.add("no reminder on the due date");
          }
          if (!policy.escalates()) {
            missing.add("no escalation");
          } else if (!policy.escalateTo().equals(CONFIGURED_BODY) && !StringUtil.isExpression(policy.escalateTo())) {
            missing.add("escalates to the fixed '" + policy.escalateTo() + "', not to the configured body");
          }
        }
        if (!missing.isEmpty()) {
          notReminded.put(key, String.join(", ", missing));
        }
      }
    }

    assertThat(checked).as("user tasks with a due date").hasSizeGreaterThanOrEqualTo(15)
        .contains("model-reward/Task_ReviewRewardDossier", "model-evaluation/Task_SelfAssess",
            "directive-implementation/Task_SubmitPlan", "directive-implementation/Task_SubmitReport");
    assertThat(EXCEPTIONS.values()).as("every exception gives its reason").allSatisfy(reason ->
        assertThat(reason).isNotBlank());
    assertThat(notReminded.keySet()).as("exceptions that are still exceptions")
        .containsAll(EXCEPTIONS.keySet().stream().filter(checked::contains).toList());
    assertThat(EXCEPTIONS.keySet()).as("exceptions naming a task with a due date").allMatch(checked::contains);
    EXCEPTIONS.keySet().forEach(notReminded::remove);
    assertThat(notReminded).as("tasks with a due date that are not reminded and escalated").isEmpty();
  }

  @Test
  void noDiagramCopiesADefaultOfTheSettings() throws IOException {
    List<String> copies = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      List<BaseElement> owners = new ArrayList<>(model.getModelElementsByType(Process.class));
      owners.addAll(model.getModelElementsByType(UserTask.class));
      for (BaseElement owner : owners) {
        for (CamundaProperty property : properties(owner)) {
          String name = property.getCamundaName();
          if (name != null && name.startsWith(ReminderPolicy.PREFIX)
              && DEFAULTS.with(Map.of(name, property.getCamundaValue()), owner.getId()).equals(DEFAULTS)) {
            copies.add(owner.getId() + " " + name + "=" + property.getCamundaValue());
          }
        }
      }
    }
    assertThat(copies).as("reminder.* properties that only repeat danvan.reminders").isEmpty();
  }

  private static ReminderPolicy deployedPolicy(String processKey, String taskId) {
    RepositoryService repository = test.engine.getRepositoryService();
    String id = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
        .singleResult().getId();
    ProcessDefinitionEntity definition = (ProcessDefinitionEntity) ((RepositoryServiceImpl) repository)
        .getDeployedProcessDefinition(id);
    ActivityImpl activity = definition.findActivity(taskId);
    assertThat(activity).as(processKey + "/" + taskId + " deployed").isNotNull();
    return activity.getProperties().get(ReminderParseListener.POLICY);
  }

  private static List<CamundaProperty> properties(BaseElement owner) {
    if (owner.getExtensionElements() == null) {
      return List.of();
    }
    return owner.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream()).toList();
  }

  private static Process processOf(UserTask task) {
    org.camunda.bpm.model.xml.instance.ModelElementInstance parent = task.getParentElement();
    while (!(parent instanceof Process process)) {
      parent = parent.getParentElement();
    }
    return process;
  }

  private static List<BpmnModelInstance> models() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      List<BpmnModelInstance> models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted()
          .map(file -> Bpmn.readModelFromFile(file.toFile())).toList();
      assertThat(new TreeSet<>(models.stream().flatMap(model -> model.getModelElementsByType(Process.class).stream())
          .map(Process::getId).toList())).contains("model-registration", "model-evaluation", "model-reward",
              "model-recognition", "directive-implementation");
      return models;
    }
  }
}
