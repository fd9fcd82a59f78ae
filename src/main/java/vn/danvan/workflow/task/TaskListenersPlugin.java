package vn.danvan.workflow.task;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.delegation.Delegations;
import vn.danvan.workflow.form.TaskForms;
import vn.danvan.workflow.security.DisplayNames;
import vn.danvan.workflow.web.Problems;

/**
 * Adds to every user task of every process, so no BPMN author can forget them, the built-in listeners
 * that keep the task list's read model in step and give the task its Tasklist columns; and puts
 * {@link CheckedCompletion} in front of the engine's commands.
 */
@Component
class TaskListenersPlugin extends AbstractProcessEnginePlugin {

  private final TaskProjection projection;
  private final ObjectProvider<TaskForms> forms;
  private final ObjectProvider<Problems> problems;
  private final ObjectProvider<Delegations> delegations;
  private final ObjectProvider<DisplayNames> names;

  /** The form engine needs the engine's services: it is asked for at the first completion, not now. */
  TaskListenersPlugin(TaskProjection projection, ObjectProvider<TaskForms> forms, ObjectProvider<Problems> problems,
      ObjectProvider<Delegations> delegations, ObjectProvider<DisplayNames> names) {
    this.projection = projection;
    this.forms = forms;
    this.problems = problems;
    this.delegations = delegations;
    this.names = names;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CheckedCompletion(forms::getObject, problems::getObject,
        delegations::getObject, names::getObject));
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TasklistColumns::copy);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, projection::created);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, projection::updated);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, projection::updated);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, projection::completed);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, task -> projection.removed(task.getId()));
      }
    });
  }
}
