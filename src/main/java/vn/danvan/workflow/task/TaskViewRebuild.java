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
  private static final List<String> COLUMNS = List.of("modelId", "name", "unitId", "unitName", "field",
      TaskProjection.YEAR);

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
      fillYears();
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
            TaskProjection.year(variables.get(TaskProjection.YEAR)), task.getCreateTime(), task.getDueDate(), task.getFollowUpDate(), task.getAssignee()),
            TaskProjection.candidateGroups(tasks.getIdentityLinksForTask(task.getId())));
      }
    }
    log.info("Task list read model rebuilt: {} rows", queries.count());
  }

  /**
   * Rows from before the year column (V74) get the year their task sees; a task of a process without one keeps
   * none (read again at the next start: one query for the few rows of such processes).
   */
  private void fillYears() {
    Map<String, String> missing = queries.withoutYear();
    int filled = 0;
    for (Map.Entry<String, String> row : missing.entrySet()) {
      org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().taskId(row.getKey()).singleResult();
      if (task == null || task.getExecutionId() == null) {
        continue;
      }
      Integer year = TaskProjection.year(runtime.getVariable(task.getExecutionId(), TaskProjection.YEAR));
      if (year != null) {
        projection.year(row.getKey(), year);
        filled++;
      }
    }
    if (filled > 0) {
      log.info("Task list read model: the year of {} open tasks filled", filled);
    }
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
