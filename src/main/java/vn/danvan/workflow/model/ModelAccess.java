package vn.danvan.workflow.model;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.organisation.UnitDirectory;
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

  public boolean holdsTask(Caller caller, long modelId) {
    String key = String.valueOf(modelId);
    if (tasks.createTaskQuery().processInstanceBusinessKey(key).taskAssignee(caller.username()).count() > 0) {
      return true;
    }
    return !caller.groups().isEmpty() && tasks.createTaskQuery().processInstanceBusinessKey(key)
        .taskCandidateGroupIn(caller.groups()).includeAssignedTasks().count() > 0;
  }
}
