package vn.danvan.workflow.reminder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.core.model.PropertyKey;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every deployed process its reminder policy: the defaults, overridden by the
 * process's {@code reminder.*} extension properties, overridden by the task's. A task whose policy is enabled
 * gets the built-in {@link ReminderTaskListener}, which schedules its reminders; a policy that does not parse
 * fails the deployment, naming the element, so a typing mistake in Modeler never silently drops reminders.
 */
final class ReminderParseListener extends AbstractBpmnParseListener {

  static final PropertyKey<ReminderPolicy> POLICY = new PropertyKey<>("danvanReminderPolicy");
  private static final PropertyKey<Map<String, String>> TASK_PROPERTIES =
      new PropertyKey<>("danvanReminderTaskProperties");
  private static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE,
      TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

  private final ReminderPolicy defaults;
  private final TaskListener listener;

  ReminderParseListener(ReminderPolicy defaults, TaskListener listener) {
    this.defaults = defaults;
    this.listener = listener;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(userTaskElement);
    activity.getProperties().set(TASK_PROPERTIES, properties == null ? Map.of() : properties);
  }

  /** Called after all activities of the process are parsed, so the process-level defaults are known here. */
  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    ReminderPolicy processPolicy = defaults.with(BpmnParseUtil.parseCamundaExtensionProperties(processElement),
        "process '" + processDefinition.getKey() + "'");
    Deque<ScopeImpl> scopes = new ArrayDeque<>(List.of(processDefinition));
    while (!scopes.isEmpty()) {
      for (ActivityImpl activity : scopes.pop().getActivities()) {
        scopes.push(activity);
        Map<String, String> taskProperties = activity.getProperties().get(TASK_PROPERTIES);
        if (taskProperties != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          ReminderPolicy policy = processPolicy.with(taskProperties,
              "user task '" + activity.getId() + "' of process '" + processDefinition.getKey() + "'");
          activity.getProperties().set(POLICY, policy);
          if (policy.enabled()) {
            EVENTS.forEach(event -> userTask.getTaskDefinition().addBuiltInTaskListener(event, listener));
          }
        }
      }
    }
  }
}
