package vn.danvan.workflow.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The diagram of a running process with where it stands: the steps under way, the caller's own step strongest,
 * the steps passed lightly. Drawn from the deployed version the instance runs (its BPMN DI), read once per
 * process definition. Only for an instance whose page the caller already sees; in a step that runs once per
 * unit or model (multi-instance), only the caller's own branch shows, so another unit's progress does not.
 * A diagram that cannot be drawn is left out, never an error page.
 */
@Component
public class ProcessDiagrams {

  /** A step under way, named; {@code own} for the caller's task. */
  public record Step(String name, boolean own) {
  }

  /** What a page shows: {@code key} unique on the page (ids), the SVG markup and the steps under way in words. */
  public record DiagramView(String key, String processName, String svg, List<Step> current) {
  }

  private static final Logger log = LoggerFactory.getLogger(ProcessDiagrams.class);
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";
  private static final int CACHED_DEFINITIONS = 200;

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final MessageSource messages;
  private final Map<String, ProcessDiagram> byDefinition = new ConcurrentHashMap<>();

  public ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history,
      MessageSource messages) {
    this.repository = repository;
    this.runtime = runtime;
    this.history = history;
    this.messages = messages;
  }

  /** The process of a task the caller sees, the task's own step marked strongest. */
  public Optional<DiagramView> ofTask(String processDefinitionId, String processInstanceId, String taskId,
      String taskDefinitionKey, Locale locale) {
    return view(processDefinitionId, processInstanceId, taskId, taskDefinitionKey, locale);
  }

  /** The running instances about {@code businessKey} among {@code processKeys} (a model's registration...). */
  public List<DiagramView> running(String businessKey, List<String> processKeys, Locale locale) {
    List<DiagramView> views = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKeyIn(processKeys.toArray(String[]::new)).orderByProcessInstanceId().asc().list()) {
      view(instance.getProcessDefinitionId(), instance.getId(), null, null, locale).ifPresent(views::add);
    }
    return views;
  }

  /** The diagram of one deployed process version, read once (a second caller meanwhile waits for the first). */
  public ProcessDiagram diagram(String processDefinitionId) {
    if (byDefinition.size() >= CACHED_DEFINITIONS) {
      byDefinition.clear(); // versions are few; a server redeploying often only reads them again
    }
    return byDefinition.computeIfAbsent(processDefinitionId, id -> ProcessDiagram.of(
        repository.getBpmnModelInstance(id), repository.getProcessDefinition(id).getKey()));
  }

  /**
   * Reads the latest versions' diagrams once the service is up, beside it: the first reading of a BPMN file
   * (its schema included) takes a second or two, which no official should wait for on their first page.
   */
  @EventListener(ApplicationReadyEvent.class)
  void readLatestDiagrams() {
    Thread reader = new Thread(() -> {
      try {
        repository.createProcessDefinitionQuery().latestVersion().list().forEach(latest -> diagram(latest.getId()));
      } catch (RuntimeException e) {
        log.warn("Could not read the processes' diagrams ahead: {}", e.toString()); // read when first shown
      }
    }, "process-diagrams");
    reader.setDaemon(true);
    reader.start();
  }

  /** Where an instance stands, as the diagram marks it; the task's branch only inside a multi-instance step. */
  public ProcessDiagram.Highlight highlight(ProcessDiagram diagram, String processInstanceId, String taskId,
      String focus) {
    List<HistoricActivityInstance> trail = history.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).list();
    Map<String, HistoricActivityInstance> byId = new HashMap<>();
    trail.forEach(step -> byId.put(step.getId(), step));
    Set<String> own = new HashSet<>();
    trail.stream().filter(step -> taskId != null && taskId.equals(step.getTaskId())).findFirst().ifPresent(step -> {
      for (HistoricActivityInstance at = step; at != null; at = byId.get(at.getParentActivityInstanceId())) {
        own.add(at.getId());
      }
    });
    Set<String> done = new HashSet<>();
    for (HistoricActivityInstance step : trail) {
      if (step.getEndTime() != null && !step.isCanceled() && shown(diagram, step, byId, own)) {
        done.add(elementId(step.getActivityId()));
      }
    }
    Set<String> current = new LinkedHashSet<>();
    ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
    if (tree != null) {
      underWay(diagram, tree, own, current);
    }
    if (focus != null && !current.contains(focus)) {
      focus = null; // the task was completed meanwhile
    }
    return new ProcessDiagram.Highlight(focus, current, done);
  }

  private Optional<DiagramView> view(String processDefinitionId, String processInstanceId, String taskId,
      String focus, Locale locale) {
    try {
      ProcessDiagram diagram = diagram(processDefinitionId);
      if (diagram.isEmpty()) {
        return Optional.empty();
      }
      ProcessDiagram.Highlight highlight = highlight(diagram, processInstanceId, taskId, focus);
      List<Step> steps = new ArrayList<>();
      if (highlight.focus() != null) {
        steps.add(new Step(stepName(diagram, highlight.focus(), locale), true));
      }
      highlight.current().stream().filter(id -> !id.equals(highlight.focus()))
          .forEach(id -> steps.add(new Step(stepName(diagram, id, locale), false)));
      String title = steps.isEmpty()
          ? messages.getMessage("diagram.label.none", new Object[] {diagram.processName()}, locale)
          : messages.getMessage("diagram.label", new Object[] {diagram.processName(),
              String.join("; ", steps.stream().map(Step::name).toList())}, locale);
      String key = "diagram-" + processInstanceId.replaceAll("[^A-Za-z0-9_-]", "");
      return Optional.of(new DiagramView(key, diagram.processName(), diagram.svg(highlight, title, key), steps));
    } catch (RuntimeException e) {
      log.warn("Could not draw the diagram of {} ({}): {}", processInstanceId, processDefinitionId, e.toString());
      return Optional.empty();
    }
  }

  private String stepName(ProcessDiagram diagram, String elementId, Locale locale) {
    String name = diagram.name(elementId);
    return name != null ? name : messages.getMessage("diagram.unnamed", null, locale);
  }

  /** The leaves of the activity tree; inside a multi-instance step only the caller's own branch. */
  private static void underWay(ProcessDiagram diagram, ActivityInstance at, Set<String> own, Set<String> current) {
    boolean any = false;
    for (ActivityInstance child : at.getChildActivityInstances()) {
      if (!diagram.isMultiInstance(child.getActivityId()) || own.contains(child.getId())) {
        underWay(diagram, child, own, current);
        any = true;
      }
    }
    for (TransitionInstance waiting : at.getChildTransitionInstances()) {
      if (!diagram.isMultiInstance(waiting.getActivityId())) {
        current.add(elementId(waiting.getActivityId()));
        any = true;
      }
    }
    if (!any && at.getParentActivityInstanceId() != null) {
      current.add(elementId(at.getActivityId()));
    }
  }

  /** Whether a step passed may show: not inside another branch of a multi-instance step. */
  private static boolean shown(ProcessDiagram diagram, HistoricActivityInstance step,
      Map<String, HistoricActivityInstance> byId, Set<String> own) {
    for (HistoricActivityInstance at = step; at != null; at = byId.get(at.getParentActivityInstanceId())) {
      if (diagram.isMultiInstance(at.getActivityId()) && !own.contains(at.getId())) {
        return false;
      }
    }
    return true;
  }

  private static String elementId(String activityId) {
    return activityId.endsWith(MULTI_INSTANCE_BODY)
        ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length()) : activityId;
  }
}
