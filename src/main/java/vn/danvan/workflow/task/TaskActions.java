package vn.danvan.workflow.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.delegation.Delegations;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.TaskForms;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.security.DisplayNames;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.FieldProblems;

/**
 * What a person does with a task, for the API (/api/tasks) and the portal (/viec) alike. Rules the engine does not
 * enforce are enforced here: a user sees only tasks of their groups and units (404 otherwise), claims only as a
 * candidate (403), completes only what they hold (403 if unclaimed, 409 if someone else holds it or it is already
 * done), with the task's form's fields (400). A substitute in force today (delegation.Delegations) claims what is
 * offered to the absent official's groups and completes what is assigned to them; the Camunda task's comments
 * say who acted for whom.
 */
@Component
class TaskActions {

  private final TaskQueries queries;
  private final TaskForms forms;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;
  private final MyTasks myTasks;
  private final DisplayNames names;
  private final Delegations delegations;
  private final TransactionTemplate transaction;
  private final ProcessEngineConfigurationImpl engine;

  /** Task-local variable: the absent official a substitute claimed the task for (read by CheckedCompletion). */
  static final String CLAIMED_ON_BEHALF_OF = "claimedOnBehalfOf";
  /** Task-local variable: who claimed it so; the mark counts only while that person still holds the task. */
  static final String CLAIMED_BY = "claimedOnBehalfBy";

  TaskActions(TaskQueries queries, TaskForms forms, TaskService tasks, HistoryService history,
      IdentityService identity, MyTasks myTasks, DisplayNames names, Delegations delegations,
      TransactionTemplate transaction, ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
    this.delegations = delegations;
    this.transaction = transaction;
    this.queries = queries;
    this.forms = forms;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
    this.myTasks = myTasks;
    this.names = names;
  }

  /** Who holds a task or completed it, and since when (for "Việc này đã được … nhận lúc …"). */
  record Holder(String user, String name, Instant since) {
  }

  TaskRow visible(String id, Caller caller) {
    TaskRow row = queries.find(id).orElseThrow(() -> gone(id));
    if (!myTasks.maySee(row, caller)) {
      throw ApiException.notFound("việc", id);
    }
    return row;
  }

  boolean visibleTo(TaskRow row, Caller caller) {
    return myTasks.maySee(row, caller);
  }

  TaskRow claim(String id, Caller caller) {
    TaskRow row = visible(id, caller);
    if (caller.username().equals(row.assignee())) {
      return row;
    }
    if (row.assignee() != null) {
      throw new ApiException(HttpStatus.CONFLICT, "task-claimed", row.assignee());
    }
    if (row.candidateGroups().stream().anyMatch(caller::belongsTo)) {
      asEngineUser(caller, () -> claimAs(id, caller));
      return row.withAssignee(caller.username());
    }
    String absent = myTasks.actingFor(row, caller);
    if (absent == null) {
      throw new ApiException(HttpStatus.FORBIDDEN, "task-not-candidate");
    }
    // the substitute is offered the task through the absent official's groups: the engine is told so for this call
    List<String> groups = new ArrayList<>(caller.groups());
    row.candidateGroups().stream().filter(g -> !groups.contains(g)).forEach(groups::add);
    String note = onBehalfText("claimed", caller.username(), absent);
    transaction.executeWithoutResult(status -> asEngineUser(new Caller(caller.username(), groups), () -> {
      claimAs(id, caller);
      tasks.setVariablesLocal(id, Map.of(CLAIMED_ON_BEHALF_OF, absent, CLAIMED_BY, caller.username()));
      tasks.createComment(id, row.processInstanceId(), note);
      return null;
    }));
    return row.withAssignee(caller.username()).onBehalfOf(absent);
  }

  private Void claimAs(String id, Caller caller) {
    try {
      tasks.claim(id, caller.username());
    } catch (TaskAlreadyClaimedException e) {
      throw new ApiException(HttpStatus.CONFLICT, "task-claimed", e.getTaskAssignee());
    }
    return null;
  }

  /** "Trần Thị B nhận việc thay cho Nguyễn Văn A" for the Camunda task's comments (its history). */
  String onBehalfText(String what, String substitute, String absent) {
    return ("claimed".equals(what) ? "%s nhận việc thay cho %s" : "%s hoàn thành việc thay cho %s")
        .formatted(names.of(substitute), names.of(absent));
  }

  /** Whether the caller may complete a task held by {@code assignee}: theirs, or an absent official's they stand in for. */
  boolean mayComplete(TaskRow row, Caller caller) {
    return row.assignee() != null && (caller.username().equals(row.assignee())
        || delegations.mayActFor(caller.username(), row.assignee()));
  }

  /** Whether the caller may claim the unassigned task: a candidate group of theirs or of the one they stand in for. */
  boolean mayClaim(TaskRow row, Caller caller) {
    return row.assignee() == null && (row.candidateGroups().stream().anyMatch(caller::belongsTo)
        || myTasks.actingFor(row, caller) != null);
  }

  TaskRow unclaim(String id, Caller caller) {
    TaskRow row = visible(id, caller);
    if (row.assignee() == null) {
      throw new ApiException(HttpStatus.CONFLICT, "task-not-claimed");
    }
    if (!caller.username().equals(row.assignee())) {
      throw new ApiException(HttpStatus.FORBIDDEN, "task-not-yours", row.assignee());
    }
    asEngineUser(caller, () -> {
      tasks.setAssignee(id, null);
      return null;
    });
    return row.withAssignee(null);
  }

  /** Completes with what the person submitted (decision and comment among the variables), checked by the form. */
  void complete(String id, Caller caller, Map<String, Object> submitted) {
    TaskRow row = visible(id, caller);
    if (row.assignee() == null) {
      throw new ApiException(HttpStatus.FORBIDDEN, "task-claim-first");
    }
    if (!mayComplete(row, caller)) {
      throw new ApiException(HttpStatus.CONFLICT, "task-claimed", row.assignee());
    }
    // one command: the form is read, the submission checked and the task completed in one transaction, the task,
    // its form and its variables read once (CheckedCompletion's own check finds them in the command's cache). A
    // refused submission leaves the command as a result, not an exception, so it writes nothing and logs no error.
    TaskForms.Submission submission = asEngineUser(caller, () -> {
      try {
        return engine.getCommandExecutorTxRequired().execute(context -> {
          TaskForms.Submission checked = withoutAuthorization(context, () -> forms.submission(describe(id), submitted));
          if (checked.valid()) {
            tasks.complete(id, checked.variables());
          }
          return checked;
        });
      } catch (FormFieldValidationException e) {
        // a step refused the input while the completion ran (CheckedCompletion): 400 naming the field
        throw e.getCause() instanceof FieldProblems problems ? problems : e;
      } catch (OptimisticLockingException e) {
        throw new ApiException(HttpStatus.CONFLICT, "task-completed");
      } catch (ProcessEngineException e) {
        if (tasks.createTaskQuery().taskId(id).count() == 0) {
          throw new ApiException(HttpStatus.CONFLICT, "task-completed");
        }
        throw e;
      }
    });
    submission.orThrow();
  }

  /** The form is the task's, read for the record as the engine itself would (as CheckedCompletion does). */
  private static <T> T withoutAuthorization(CommandContext context, Supplier<T> read) {
    context.disableAuthorizationCheck();
    try {
      return read.get();
    } finally {
      context.enableAuthorizationCheck();
    }
  }

  /** The task's form now; a task completed meanwhile is gone (409). */
  FormDescription describe(String id) {
    try {
      return forms.describe(id);
    } catch (RuntimeException e) { // the engine may fail in several ways on a task completed meanwhile
      throw completed(id) ? new ApiException(HttpStatus.CONFLICT, "task-completed") : e;
    }
  }

  TaskRow withDecisions(TaskRow row) {
    return row.withGroupsAndDecisions(row.candidateGroups(),
        forms.template(row.id(), row.processDefinitionId(), row.taskDefinitionKey()).decisions());
  }

  /** Who holds the open task and since when it was last claimed (null if nobody). */
  Holder holder(String id) {
    org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().taskId(id).singleResult();
    if (task == null || task.getAssignee() == null) {
      return null;
    }
    HistoricIdentityLinkLog claimed = history.createHistoricIdentityLinkLogQuery().taskId(id).type("assignee")
        .operationType("add").userId(task.getAssignee()).orderByTime().desc().list().stream().findFirst()
        .orElse(null);
    return new Holder(task.getAssignee(), names.of(task.getAssignee()),
        claimed == null ? null : claimed.getTime().toInstant());
  }

  /**
   * Who completed a task and when, if it is completed and the caller could have seen it (its assignee, one of
   * its candidate groups, or an administrator); null otherwise, so a stranger learns nothing.
   */
  Holder completedBy(String id, Caller caller) {
    HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(id).finished().singleResult();
    if (done == null) {
      return null;
    }
    boolean mayKnow = caller.isAdmin() || caller.username().equals(done.getAssignee())
        || history.createHistoricIdentityLinkLogQuery().taskId(id).type("candidate").list().stream()
            .anyMatch(link -> link.getGroupId() != null && caller.belongsTo(link.getGroupId()));
    if (!mayKnow) {
      return null;
    }
    return new Holder(done.getAssignee(), done.getAssignee() == null ? null : names.of(done.getAssignee()),
        done.getEndTime() == null ? null : done.getEndTime().toInstant());
  }

  private boolean completed(String id) {
    return history.createHistoricTaskInstanceQuery().taskId(id).finished().count() > 0;
  }

  /** A task that has left the list: 409 if it was completed, 404 if it never existed (or is not visible). */
  private ApiException gone(String id) {
    return completed(id) ? new ApiException(HttpStatus.CONFLICT, "task-completed") : ApiException.notFound("việc", id);
  }

  /** The engine records who acted and applies its own authorization to exactly these calls. */
  private <T> T asEngineUser(Caller caller, Supplier<T> action) {
    identity.setAuthentication(caller.username(), caller.groups());
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
