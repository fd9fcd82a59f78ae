package vn.danvan.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The deadlines drawn in processes/, read as Modeler saves them: administrative limits are working days
 * ({@code P10WD}) or dates a delegate computes ({@code ${planDueAt}}), never calendar days; a drawn timer on a task
 * fires before its due date, after it ("Quá hạn 3 ngày làm việc": the reviewer scores alone) or after the days it
 * names, as its Vietnamese label says. Reminders themselves are not drawn: see reminder/EveryDueTaskIsRemindedTest.
 */
class ProcessDeadlinesTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d+)WD");
  private static final Pattern DAYS_IN_LABEL = Pattern.compile("(\\d+) ngày( làm việc)?");
  private static final Pattern DOCUMENTED_LIMIT = Pattern.compile("^Hạn (\\d+) ngày làm việc");

  @Test
  void everyDueDateAndDrawnTimerIsInWorkingDaysOrComputedAndSaysSo() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String due = task.getCamundaDueDate();
        if (due != null && !WORKING_DAYS.matcher(due).matches() && !isExpression(due)) {
          wrong.add(task.getId() + " due " + due);
        }
      }
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        String owner = ((BaseElement) timer.getParentElement()).getId();
        if (timer.getTimeDuration() != null && !WORKING_DAYS.matcher(text(timer.getTimeDuration())).matches()
            && !isExpression(text(timer.getTimeDuration()))) {
          wrong.add(owner + " duration " + text(timer.getTimeDuration()));
        }
        if (timer.getTimeDate() != null && !isExpression(text(timer.getTimeDate()))) {
          wrong.add(owner + " date " + text(timer.getTimeDate()));
        }
      }
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        Matcher days = DAYS_IN_LABEL.matcher(element.getName() == null ? "" : element.getName());
        if (days.find() && days.group(2) == null) {
          wrong.add(element.getId() + " is labelled \"" + element.getName() + "\"");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void remindersFireBeforeTheDueDateAndEscalationsAfterItAsTheirLabelsSay() throws IOException {
    List<String> checked = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (BoundaryEvent timer : model.getModelElementsByType(BoundaryEvent.class)) {
        TimerEventDefinition definition = timer.getChildElementsByType(TimerEventDefinition.class).stream()
            .findFirst().orElse(null);
        if (definition == null || definition.getTimeDuration() == null
            || !(timer.getAttachedTo() instanceof UserTask task) || task.getCamundaDueDate() == null) {
          continue;
        }
        int fires = workingDays(text(definition.getTimeDuration()));
        int due = workingDays(task.getCamundaDueDate());
        Matcher label = DAYS_IN_LABEL.matcher(timer.getName());
        assertThat(label.find()).as(timer.getId() + " names its working days").isTrue();
        int named = Integer.parseInt(label.group(1));
        if (timer.getName().startsWith("Trước hạn")) {
          assertThat(timer.cancelActivity()).as(timer.getId() + " keeps the task").isFalse();
          assertThat(fires).as(timer.getId() + " fires " + named + " before the due date").isEqualTo(due - named);
        } else if (timer.getName().startsWith("Quá hạn")) {
          assertThat(fires).as(timer.getId() + " fires " + named + " after the due date").isEqualTo(due + named);
        } else {
          assertThat(timer.cancelActivity()).as(timer.getId() + " keeps the task").isFalse();
          assertThat(fires).as(timer.getId() + " follows up after " + named).isEqualTo(named).isLessThan(due);
        }
        assertThat(fires).as(timer.getId()).isPositive();
        checked.add(timer.getId());
      }
    }
    assertThat(checked).contains("Timer_SelfAssessDeadline");
  }

  @Test
  void aLimitWrittenInATasksDocumentationIsItsDueDate() throws IOException {
    int documented = 0;
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        for (Documentation documentation : task.getDocumentations()) {
          Matcher limit = DOCUMENTED_LIMIT.matcher(documentation.getTextContent());
          if (limit.find()) {
            assertThat(task.getCamundaDueDate()).as(task.getId()).isEqualTo("P" + limit.group(1) + "WD");
            documented++;
          }
        }
      }
    }
    assertThat(documented).isPositive();
  }

  private static List<BpmnModelInstance> models() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      List<BpmnModelInstance> models = files.filter(p -> p.toString().endsWith(".bpmn")).sorted()
          .map(p -> Bpmn.readModelFromFile(p.toFile())).toList();
      assertThat(models).hasSizeGreaterThanOrEqualTo(5);
      return models;
    }
  }

  private static int workingDays(String limit) {
    Matcher matcher = WORKING_DAYS.matcher(limit);
    assertThat(matcher.matches()).as(limit + " is in working days").isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  private static boolean isExpression(String text) {
    return text.startsWith("${") && text.endsWith("}");
  }

  private static String text(org.camunda.bpm.model.bpmn.instance.Expression expression) {
    return expression.getTextContent().strip();
  }
}
