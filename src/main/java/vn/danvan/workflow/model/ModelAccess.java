package vn.danvan.workflow.model;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * Who may see a model (and its evidence): administrators, everyone who sees its unit (its own members, the
 * bodies overseeing the area), and whoever holds an open task on it (e.g. the chair deciding its reward).
 * Anyone else gets 404, as if it did not exist.
 */
@Component
public class ModelAccess {

  private final ModelRepository models;
  private final UnitDirectory directory;
  private final TaskService tasks;

  public ModelAccess(ModelRepository models, UnitDirectory directory, TaskService tasks) {
    this.models = models;
    this.directory = directory;
    this.tasks = tasks;
  }

  public MobilizationModel visible(long id) {
    Caller caller = Caller.current();
    return models.findById(id)
        .filter(model -> maySee(caller, model))
        .orElseThrow(() -> ApiException.notFound("mô hình", id));
  }

  public boolean maySee(Caller caller, MobilizationModel model) {
    return caller.isAdmin() || directory.visibleUnitIds(caller.groups()).contains(model.getUnitId())
        || holdsTask(caller, model.getId());
  }

  /** An open task of a process about this model (not of a directive or round that has the same number). */
  public boolean holdsTask(Caller caller, long modelId) {
    if (tasksOf(modelId).taskAssignee(caller.username()).count() > 0) {
      return true;
    }
    return !caller.groups().isEmpty()
        && tasksOf(modelId).taskCandidateGroupIn(caller.groups()).includeAssignedTasks().count() > 0;
  }

  private TaskQuery tasksOf(long modelId) {
    return tasks.createTaskQuery().processInstanceBusinessKey(BusinessKey.model(modelId))
        .processDefinitionKeyIn(BusinessKey.MODEL_PROCESSES.toArray(String[]::new));
  }
}
