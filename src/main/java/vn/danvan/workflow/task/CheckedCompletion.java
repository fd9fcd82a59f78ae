package vn.danvan.workflow.task;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.danvan.workflow.delegation.Delegations;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.security.DisplayNames;
import vn.danvan.workflow.form.TaskForms;
import vn.danvan.workflow.web.FieldProblems;
import vn.danvan.workflow.web.Problems;

/**
 * The rules of a person's completion, on every path into the engine (our API, engine-rest {@code complete},
 * Tasklist's {@code submit-form}), in front of the engine's own commands:
 * <ul>
 * <li>only the assignee completes (Camunda itself lets anyone with UPDATE do it): an AuthorizationException,
 * 403 in engine-rest; or the assignee's substitute while a delegation for absence is in force (then the task's
 * comments and the decision history name both: {@link Actors#onBehalfOf()});</li>
 * <li>the submission must fit the task's Camunda Form as {@link TaskForms} checks it, and goes to the engine as
 * form-js would send it (defaults in, hidden and read-only fields out);</li>
 * <li>a step that refuses the input while the completion runs ({@code FieldProblems}, or an
 * IllegalArgumentException) refuses the completion.</li>
 * </ul>
 * Refused input reaches engine-rest as a FormFieldValidationException (the one engine exception it answers with
 * 400 on complete and submit-form) carrying the {@code FieldProblems}, which our API answers as problem+json.
 * The engine acting on its own (no authenticated user: jobs, tests, start-up) is not a person.
 */
class CheckedCompletion extends CommandInterceptor {

  private static final Logger log = LoggerFactory.getLogger(CheckedCompletion.class);
  private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

  private final Supplier<TaskForms> forms;
  private final Supplier<Problems> texts;
  private final Supplier<Delegations> delegations;
  private final Supplier<DisplayNames> names;

  CheckedCompletion(Supplier<TaskForms> forms, Supplier<Problems> texts, Supplier<Delegations> delegations,
      Supplier<DisplayNames> names) {
    this.forms = forms;
    this.texts = texts;
    this.delegations = delegations;
    this.names = names;
  }

  @Override
  public <T> T execute(Command<T> command) {
    boolean complete = command instanceof CompleteTaskCmd;
    if (!complete && !(command instanceof SubmitTaskFormCmd)) {
      return next.execute(command);
    }
    Field taskIdField = complete ? COMPLETE_TASK_ID : SUBMIT_TASK_ID;
    Field variablesField = complete ? COMPLETE_VARIABLES : SUBMIT_VARIABLES;
    return next.execute(context -> {
      String user = context.getAuthenticatedUserId();
      String taskId = (String) read(taskIdField, command);
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      if (user == null || task == null) {
        return command.execute(context); // no person, or no such task: the command itself answers as usual
      }
      boolean substitute = !user.equals(task.getAssignee()) && task.getAssignee() != null
          && delegations.get().mayActFor(user, task.getAssignee());
      if (!user.equals(task.getAssignee()) && !substitute) {
        throw new AuthorizationException(task.getAssignee() == null
            ? "Hãy nhận việc trước khi hoàn thành / claim the task before completing it"
            : "Việc này do " + task.getAssignee() + " đang xử lý / the task is held by " + task.getAssignee());
      }
      String onBehalfOf = substitute ? task.getAssignee() : claimedFor(task);
      try {
        checkForm(context, taskId, command, variablesField);
      } catch (NullPointerException e) {
        // a concurrent completion ended the instance after this transaction read the task: the engine's form lookup
        // finds no execution. The same conflict as any concurrent change (409), not an error of ours (500).
        throw new org.camunda.bpm.engine.OptimisticLockingException("Task " + taskId + " was completed meanwhile");
      }
      if (onBehalfOf != null) {
        context.disableAuthorizationCheck(); // names are read and the comment written for the record, not as the user
        try {
          new AddCommentCmd(taskId, task.getProcessInstanceId(), "%s hoàn thành việc thay cho %s"
              .formatted(names.get().of(user), names.get().of(onBehalfOf))).execute(context);
        } finally {
          context.enableAuthorizationCheck();
        }
      }
      if (substitute) {
        // the task is the absent official's: the engine's own check would refuse the substitute, who was checked above
        context.disableAuthorizationCheck();
      }
      try {
        return Actors.actingFor(onBehalfOf, () -> command.execute(context));
      } catch (RuntimeException e) {
        throw refusal(e);
      } finally {
        if (substitute) {
          context.enableAuthorizationCheck();
        }
      }
    });
  }

  /** The absent official the assignee claimed this task for as their substitute (TaskActions.claim), if any. */
  private static String claimedFor(TaskEntity task) {
    Object absent = task.getVariableLocal(TaskActions.CLAIMED_ON_BEHALF_OF);
    Object by = task.getVariableLocal(TaskActions.CLAIMED_BY);
    // a mark left by a substitute who released the task does not follow it to the next holder
    return absent instanceof String name && !name.isBlank() && by != null && by.equals(task.getAssignee())
        ? name : null;
  }

  @SuppressWarnings("unchecked")
  private void checkForm(CommandContext context, String taskId, Object command, Field variablesField) {
    FormDescription form;
    context.disableAuthorizationCheck();
    try {
      form = forms.get().describe(taskId);
    } finally {
      context.enableAuthorizationCheck();
    }
    if (form.isEmpty()) {
      return; // no Camunda Form: nothing to check against
    }
    TaskForms.Submission submission = forms.get().submission(form,
        (Map<String, Object>) read(variablesField, command));
    if (!submission.valid()) {
      throw invalid(new FieldProblems(submission.problems()));
    }
    write(variablesField, command, submission.variables());
  }

  /** A step's refusal of the input, found anywhere in the failure, as a refusal of the completion. */
  private RuntimeException refusal(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FieldProblems problems) {
        return invalid(problems);
      }
      if (cause instanceof IllegalArgumentException refused) {
        log.warn("A step refused a completion with an IllegalArgumentException; throw FieldRefused instead",
            refused);
        return invalid(new FieldProblems(java.util.List.of(
            new FieldProblems.Problem(null, "task.refused", String.valueOf(refused.getMessage())))));
      }
    }
    return failure;
  }

  private FormFieldValidationException invalid(FieldProblems problems) {
    String field = problems.problems().stream().map(FieldProblems.Problem::field)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    return new FormFieldValidationException(field, readable(problems), problems);
  }

  /** "decision: không được để trống; …" in the caller's language (Vietnamese unless English is asked for). */
  private String readable(FieldProblems problems) {
    Problems text = texts.get();
    return problems.problems().stream()
        .map(p -> (p.field() == null ? "" : p.field() + ": ")
            + text.text(p.code(), LocaleContextHolder.getLocale(), p.args()))
        .collect(Collectors.joining("; "));
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda changed " + type.getName() + ": review CheckedCompletion", e);
    }
  }

  private static Object read(Field field, Object command) {
    try {
      return field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Field field, Object command, VariableMap variables) {
    try {
      field.set(command, variables);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
