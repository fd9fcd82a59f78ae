package vn.danvan.workflow.model;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.process.BusinessKey;

/** The open tasks of every process about one model (business key {@code model:<id>}, a model process). */
@Component
public class ModelTasks implements ModelStage {

  private final TaskService tasks;
  private final RepositoryService repository;

  public ModelTasks(TaskService tasks, RepositoryService repository) {
    this.tasks = tasks;
    this.repository = repository;
  }

  @Override
  public void describe(MobilizationModel model, ModelLife life) {
    tasks.createTaskQuery().processInstanceBusinessKey(BusinessKey.model(model.getId()))
        .processDefinitionKeyIn(BusinessKey.MODEL_PROCESSES.toArray(String[]::new)).active()
        .orderByTaskCreateTime().asc().list()
        .forEach(task -> life.openTask(view(task)));
  }

  /** A task as the model's view shows it (also used for tasks of processes about several models). */
  public ModelLife.OpenTask view(Task task) {
    List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
    String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    return new ModelLife.OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey, groups,
        task.getAssignee(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
  }
}
