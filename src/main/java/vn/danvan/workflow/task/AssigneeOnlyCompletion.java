package vn.danvan.workflow.task;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Camunda lets anyone with UPDATE on a task complete it. Here a person completes only a task they hold, on
 * every path into the engine (our API, engine-rest, Tasklist's submit-form). It runs before the command, so
 * the refusal reaches engine-rest as an AuthorizationException (403), not wrapped as a listener failure.
 * The engine acting on its own (no authenticated user: jobs, tests, start-up) is not a person.
 */
class AssigneeOnlyCompletion extends CommandInterceptor {

  private static final Field COMPLETE_TASK_ID = taskIdField(CompleteTaskCmd.class);
  private static final Field SUBMIT_TASK_ID = taskIdField(SubmitTaskFormCmd.class);

  @Override
  public <T> T execute(Command<T> command) {
    Field taskId = command instanceof CompleteTaskCmd ? COMPLETE_TASK_ID
        : command instanceof SubmitTaskFormCmd ? SUBMIT_TASK_ID : null;
    if (taskId == null) {
      return next.execute(command);
    }
    return next.execute(context -> {
      check(context, read(taskId, command));
      return command.execute(context);
    });
  }

  private static void check(CommandContext context, String taskId) {
    String user = context.getAuthenticatedUserId();
    TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
    if (user == null || task == null || user.equals(task.getAssignee())) {
      return; // no person, or no such task: the command itself answers as usual
    }
    throw new AuthorizationException(task.getAssignee() == null
        ? "Hãy nhận việc trước khi hoàn thành / claim the task before completing it"
        : "Việc này do " + task.getAssignee() + " đang xử lý / the task is held by " + task.getAssignee());
  }

  private static Field taskIdField(Class<?> type) {
    try {
      Field field = type.getDeclaredField("taskId");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda changed " + type.getName() + ": review AssigneeOnlyCompletion", e);
    }
  }

  private static String read(Field field, Object command) {
    try {
      return (String) field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
