package vn.danvan.workflow.migration;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What must follow a process instance when Camunda migrates it to another version, done in the migration's own
 * transaction (a batch job on whichever node runs it, or a synchronous migration through engine-rest), so an
 * instance and its side data move together or not at all, and a retried job finds nothing half-done.
 *
 * <p>Camunda moves an open task to the target step without a create event, so nothing of ours would notice. The
 * engine's history event for each migrated task (history level activity or higher; ours is full) registers,
 * once per instance, a listener that runs when the migration's command closes, after every entity has moved:
 * for each open task of the instance it takes the target step's name, the due date the administrator chose
 * ({@link DueDates}: kept, or the target's limit counted from the task's creation), and fires the task's update
 * event. That event is the one a change of due date fires anyway, so the task list's read model
 * ({@code task_view}: step, version, name, due date) and the reminder jobs (rescheduled by the target step's
 * policy: the pending one replaced, never a second) follow through the listeners that already keep them,
 * and this package needs neither. A migration started from our API also records the instance as migrated.
 */
@Component
class MigrationFollowUp extends AbstractProcessEnginePlugin {

  private final MigrationRuns runs;

  MigrationFollowUp(MigrationRuns runs) {
    this.runs = runs;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new MigratedTasks());
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  private final class MigratedTasks implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (HistoryEventTypes.TASK_INSTANCE_MIGRATE.getEventName().equals(event.getEventType())
          && event.getProcessInstanceId() != null) {
        CommandContext command = Context.getCommandContext();
        if (command != null) {
          command.registerCommandContextListener(new InstanceFollowUp(event.getProcessInstanceId()));
          // The task registers itself to write its history when it changes; registered now, after the follow-up,
          // it is not added while the context runs its listeners (which fails) and writes what the follow-up set.
          TaskEntity task = event instanceof HistoricTaskInstanceEventEntity migrated
              ? command.getTaskManager().findTaskById(migrated.getTaskId()) : null;
          if (task != null) {
            command.registerCommandContextListener(task);
          }
        }
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }

  /** Equal per instance: the command context registers a listener only once. */
  private final class InstanceFollowUp implements CommandContextListener {

    private final String processInstanceId;

    InstanceFollowUp(String processInstanceId) {
      this.processInstanceId = processInstanceId;
    }

    @Override
    public void onCommandContextClose(CommandContext command) {
      Optional<MigrationRuns.Run> run = startedHere(command.getCurrentJob());
      boolean recompute = run.map(r -> r.dueDates() == DueDates.RECOMPUTE).orElse(false);
      for (TaskEntity task : command.getTaskManager().findTasksByProcessInstanceId(processInstanceId)) {
        follow(task, recompute);
      }
      run.ifPresent(r -> runs.migrated(r.id(), processInstanceId, ClockUtil.getCurrentTime().toInstant()));
    }

    @Override
    public void onCommandFailed(CommandContext command, Throwable cause) {
      // the migration rolls back with everything this would have written
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof InstanceFollowUp that && that.processInstanceId.equals(processInstanceId);
    }

    @Override
    public int hashCode() {
      return processInstanceId.hashCode();
    }
  }

  private Optional<MigrationRuns.Run> startedHere(JobEntity job) {
    return job == null || job.getJobDefinitionId() == null ? Optional.empty()
        : runs.byBatchJobDefinition(job.getJobDefinitionId());
  }

  private static void follow(TaskEntity task, boolean recomputeDueDate) {
    TaskDefinition target = task.getTaskDefinition();
    if (target == null || task.getExecution() == null) {
      return; // a task outside any process: no step to follow
    }
    if (target.getNameExpression() != null) {
      Object name = target.getNameExpression().getValue(task.getExecution());
      if (name != null) {
        task.setName(name.toString());
      }
    }
    if (recomputeDueDate) {
      Date due = dueDate(target.getDueDateExpression(), task);
      if (due != null) {
        task.setDueDate(due);
      }
    }
    task.triggerUpdateEvent();
  }

  /** The target step's limit from the task's creation, as the engine would have set it then. */
  static Date dueDate(Expression expression, TaskEntity task) {
    if (expression == null) {
      return null;
    }
    Object value = expression.getValue(task.getExecution());
    if (value instanceof Date date) {
      return date;
    }
    if (value instanceof String text && !text.isBlank()) {
      BusinessCalendar calendar = Context.getProcessEngineConfiguration().getBusinessCalendarManager()
          .getBusinessCalendar(DueDateBusinessCalendar.NAME);
      return calendar.resolveDuedate(text.strip(), task.getCreateTime());
    }
    return null;
  }
}
