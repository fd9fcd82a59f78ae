package vn.danvan.workflow.task;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Once per database (marked by an engine property), gives the {@link TasklistColumns} copies to the tasks that
 * were open before tasks kept them. Each page commits on its own and skips tasks that already have them, so an
 * interrupted run just continues at the next start. Writes through the engine's entities, not TaskService: a
 * task's update event would reschedule its reminders and rewrite its task_view row for nothing.
 */
@Component
class TasklistColumnsBackfill implements ApplicationRunner {

  static final String DONE = "danvan.tasklist-columns-copied";
  private static final Logger log = LoggerFactory.getLogger(TasklistColumnsBackfill.class);
  private static final int BATCH = 500;

  private final ManagementService management;
  private final TaskService tasks;
  private final ProcessEngineConfigurationImpl engine;

  TasklistColumnsBackfill(ManagementService management, TaskService tasks, ProcessEngineConfigurationImpl engine) {
    this.management = management;
    this.tasks = tasks;
    this.engine = engine;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (management.getProperties().containsKey(DONE)) {
      return;
    }
    long open = tasks.createTaskQuery().count();
    int copied = 0;
    for (int first = 0; first < open; first += BATCH) {
      List<String> ids = tasks.createTaskQuery().orderByTaskId().asc().listPage(first, BATCH).stream()
          .filter(task -> task.getProcessInstanceId() != null).map(Task::getId).toList();
      copied += engine.getCommandExecutorTxRequired().execute(context -> {
        int page = 0;
        for (String id : ids) {
          TaskEntity task = context.getTaskManager().findTaskById(id);
          if (task != null && !TasklistColumns.copiedTo(task)) {
            TasklistColumns.copy(task);
            page++;
          }
        }
        return page;
      });
    }
    management.setProperty(DONE, "true");
    if (copied > 0) {
      log.info("Tasklist columns copied onto {} open tasks", copied);
    }
  }
}
