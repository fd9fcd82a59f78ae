package vn.danvan.workflow.task;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, rebuilds task_view from the engine if the two disagree (a database from before the read model,
 * or tasks changed by a tool that bypassed the engine's listeners). Costs one count when they agree.
 */
@Component
class TaskViewRebuild implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskViewRebuild.class);
  private static final int BATCH = 500;
  private static final List<String> COLUMNS = List.of("modelId", "name", "unitId", "unitName", "field");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final TaskProjection projection;
  private final TaskQueries queries;

  TaskViewRebuild(TaskService tasks, RuntimeService runtime, TaskProjection projection, TaskQueries queries) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.projection = projection;
    this.queries = queries;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    long engineTasks = tasks.createTaskQuery().count();
    if (engineTasks == queries.count()) {
      return;
    }
    log.warn("Task list read model out of step ({} open tasks, {} rows): rebuilding", engineTasks, queries.count());
    projection.deleteAll();
    for (int first = 0; first < engineTasks; first += BATCH) {
      for (Task task : tasks.createTaskQuery().orderByTaskId().asc().listPage(first, BATCH)) {
        if (task.getProcessInstanceId() == null) {
          continue; // a standalone task belongs to no process and to no list of ours
        }
        Map<String, Object> variables = runtime.getVariables(task.getExecutionId(), COLUMNS);
        String definitionId = task.getProcessDefinitionId();
        String processKey = definitionId.substring(0, definitionId.indexOf(':'));
        projection.insert(new TaskProjection.Row(task.getId(), task.getName(), task.getTaskDefinitionKey(),
            definitionId, processKey, task.getProcessInstanceId(),
            TaskProjection.modelId(processKey, variables.get("modelId")), string(variables.get("name")),
            string(variables.get("unitId")), string(variables.get("unitName")), string(variables.get("field")),
            task.getCreateTime(), task.getDueDate(), task.getFollowUpDate(), task.getAssignee()),
            TaskProjection.candidateGroups(tasks.getIdentityLinksForTask(task.getId())));
      }
    }
    log.info("Task list read model rebuilt: {} rows", queries.count());
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
