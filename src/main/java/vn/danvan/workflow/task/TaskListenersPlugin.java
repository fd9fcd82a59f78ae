package vn.danvan.workflow.task;

import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds two built-in listeners to every user task of every process, so no BPMN author can forget them:
 * only the assignee may complete a task (Camunda itself does not check; this covers engine-rest and
 * Tasklist too), and the task list's read model follows every change.
 */
@Component
class TaskListenersPlugin extends AbstractProcessEnginePlugin {

  private final TaskProjection projection;

  TaskListenersPlugin(TaskProjection projection) {
    this.projection = projection;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, projection::created);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, projection::updated);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, projection::updated);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, TaskListenersPlugin::onlyTheAssignee);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> projection.removed(task.getId()));
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, task -> projection.removed(task.getId()));
      }
    });
  }

  /** A person completes only a task they hold; the engine acting on its own (no user) is not a person. */
  static void onlyTheAssignee(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return;
    }
    if (!current.getUserId().equals(task.getAssignee())) {
      throw new AuthorizationException(task.getAssignee() == null
          ? "Hãy nhận việc trước khi hoàn thành / claim the task before completing it"
          : "Việc này do " + task.getAssignee() + " đang xử lý / the task is held by " + task.getAssignee());
    }
  }
}
