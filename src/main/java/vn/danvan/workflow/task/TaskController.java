package vn.danvan.workflow.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.TaskForms;
import vn.danvan.workflow.model.ModelViews;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.FieldProblems;
import vn.danvan.workflow.web.PageView;

/**
 * The reviewers' task lists. Rules the engine does not enforce are enforced here: a user sees only tasks of
 * their groups and units (404 otherwise), claims only as a candidate (403), completes only what they hold
 * (403 if unclaimed, 409 if someone else holds it or it is already done), with the task's form's fields (400).
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

  private final TaskQueries queries;
  private final TaskForms forms;
  private final TaskService tasks;
  private final HistoryService history;
  private final IdentityService identity;
  private final UnitDirectory directory;
  private final ModelViews models;
  private final MyTasks myTasks;

  TaskController(TaskQueries queries, TaskForms forms, TaskService tasks, HistoryService history,
      IdentityService identity, UnitDirectory directory, ModelViews models, MyTasks myTasks) {
    this.myTasks = myTasks;
    this.queries = queries;
    this.forms = forms;
    this.tasks = tasks;
    this.history = history;
    this.identity = identity;
    this.directory = directory;
    this.models = models;
  }

  @GetMapping
  PageView<TaskRow> list(@RequestParam(defaultValue = "all") TaskQueries.Scope scope,
      @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String processKey,
      @RequestParam(required = false) String unitId, @RequestParam(required = false) String field,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
      @RequestParam(required = false) Long modelId,
      @RequestParam(defaultValue = "due") TaskQueries.Sort sort,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    TaskQueries.Filter filter = new TaskQueries.Filter(scope, overdue, processKey, unitId, field,
        dueBefore == null ? null : dueBefore.atStartOfDay(VietnamTime.ZONE)
            .toInstant(), modelId, sort);
    TaskQueries.Page found = queries.page(viewer(Caller.current()), filter, page, size);
    List<TaskRow> rows = found.rows().stream().map(this::withDecisions).toList();
    return new PageView<>(rows, page, size, found.total());
  }

  /** A task with its form as the form engine describes it (options, constraints, defaults, current values). */
  record TaskDetail(TaskRow task, FormDescription form, Object model) {
  }

  @GetMapping("/{id}")
  TaskDetail get(@PathVariable String id) {
    TaskRow row = withDecisions(visible(id, Caller.current()));
    Object model = row.modelId() == null ? null : models.find(row.modelId()).orElse(null);
    return new TaskDetail(row, describe(id), model);
  }

  @PostMapping("/{id}/claim")
  TaskRow claim(@PathVariable String id) {
    Caller caller = Caller.current();
    TaskRow row = visible(id, caller);
    if (caller.username().equals(row.assignee())) {
      return withDecisions(row);
    }
    if (row.assignee() != null) {
      throw new ApiException(HttpStatus.CONFLICT, "task-claimed", row.assignee());
    }
    if (row.candidateGroups().stream().noneMatch(caller::belongsTo)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "task-not-candidate");
    }
    asEngineUser(caller, () -> {
      try {
        tasks.claim(id, caller.username());
      } catch (TaskAlreadyClaimedException e) {
        throw new ApiException(HttpStatus.CONFLICT, "task-claimed", e.getTaskAssignee());
      }
      return null;
    });
    return withDecisions(row.withAssignee(caller.username()));
  }

  @PostMapping("/{id}/unclaim")
  TaskRow unclaim(@PathVariable String id) {
    Caller caller = Caller.current();
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
    return withDecisions(row.withAssignee(null));
  }

  record Completion(String decision, String comment, Map<String, Object> variables) {
  }

  @PostMapping("/{id}/complete")
  ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) Completion completion) {
    Caller caller = Caller.current();
    TaskRow row = queries.find(id).orElseThrow(() -> gone(id));
    if (!visible(row, caller)) {
      throw ApiException.notFound("việc", id);
    }
    if (row.assignee() == null) {
      throw new ApiException(HttpStatus.FORBIDDEN, "task-claim-first");
    }
    if (!caller.username().equals(row.assignee())) {
      throw new ApiException(HttpStatus.CONFLICT, "task-claimed", row.assignee());
    }
    Map<String, Object> submitted = new LinkedHashMap<>();
    if (completion != null && completion.variables() != null) {
      submitted.putAll(completion.variables());
    }
    if (completion != null && completion.decision() != null) {
      submitted.put(FormDescription.DECISION, completion.decision());
    }
    if (completion != null && completion.comment() != null) {
      submitted.put(FormDescription.COMMENT, completion.comment());
    }
    VariableMap variables = forms.submission(describe(id), submitted).orThrow();
    asEngineUser(caller, () -> {
      try {
        tasks.complete(id, variables);
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
      return null;
    });
    return ResponseEntity.noContent().build();
  }

  /** A task that has left the list: 409 if it was completed, 404 if it never existed (or is not visible). */
  private ApiException gone(String id) {
    boolean completed = history.createHistoricTaskInstanceQuery().taskId(id).finished().count() > 0;
    return completed ? new ApiException(HttpStatus.CONFLICT, "task-completed") : ApiException.notFound("việc", id);
  }

  private TaskRow visible(String id, Caller caller) {
    TaskRow row = queries.find(id).orElseThrow(() -> gone(id));
    if (!visible(row, caller)) {
      throw ApiException.notFound("việc", id);
    }
    return row;
  }

  private boolean visible(TaskRow row, Caller caller) {
    return myTasks.maySee(row, caller);
  }

  private TaskQueries.Viewer viewer(Caller caller) {
    return new TaskQueries.Viewer(caller.username(), caller.groups(),
        caller.isAdmin() ? java.util.Set.of() : directory.visibleUnitIds(caller.groups()), caller.isAdmin());
  }

  /** The task's form now; a task completed meanwhile is gone (409). */
  private FormDescription describe(String id) {
    try {
      return forms.describe(id);
    } catch (RuntimeException e) { // the engine may fail in several ways on a task completed meanwhile
      throw history.createHistoricTaskInstanceQuery().taskId(id).finished().count() > 0
          ? new ApiException(HttpStatus.CONFLICT, "task-completed") : e;
    }
  }

  private FormDescription template(TaskRow row) {
    return forms.template(row.id(), row.processDefinitionId(), row.taskDefinitionKey());
  }

  private TaskRow withDecisions(TaskRow row) {
    return row.withGroupsAndDecisions(row.candidateGroups(), template(row).decisions());
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
