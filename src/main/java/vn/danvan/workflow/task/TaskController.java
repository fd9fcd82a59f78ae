package vn.danvan.workflow.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.danvan.workflow.model.ModelViews;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.PageView;

/**
 * The reviewers' task lists and actions over JSON; the rules ({@link TaskActions}) are the portal's too: a user
 * sees only tasks of their groups and units (404 otherwise), claims only as a candidate (403), completes only
 * what they hold (403 if unclaimed, 409 if someone else holds it or it is already done), with the task's form's
 * fields (400).
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

  private final TaskQueries queries;
  private final TaskActions actions;
  private final ModelViews models;
  private final MyTasks myTasks;
  private final BulkAcceptance bulk;

  TaskController(TaskQueries queries, TaskActions actions, ModelViews models,
      MyTasks myTasks, BulkAcceptance bulk) {
    this.queries = queries;
    this.actions = actions;
    this.models = models;
    this.myTasks = myTasks;
    this.bulk = bulk;
  }

  @GetMapping
  PageView<TaskRow> list(@RequestParam(defaultValue = "all") TaskQueries.Scope scope,
      @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String processKey,
      @RequestParam(required = false) String unitId, @RequestParam(required = false) String field,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
      @RequestParam(required = false) Long modelId, @RequestParam(required = false) Integer year,
      @RequestParam(defaultValue = "due") TaskQueries.Sort sort,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    TaskQueries.Filter filter = new TaskQueries.Filter(scope, overdue, processKey, unitId, field,
        dueBefore == null ? null : dueBefore.atStartOfDay(VietnamTime.ZONE)
            .toInstant(), modelId, sort, year, null);
    TaskQueries.Page found = queries.page(myTasks.viewer(Caller.current()), filter, page, size);
    List<TaskRow> rows = found.rows().stream().map(this::withDecisions).toList();
    return new PageView<>(rows, page, size, found.total());
  }

  /** A task with its form as the form engine describes it (options, constraints, defaults, current values). */
  record TaskDetail(TaskRow task, FormDescription form, Object model) {
  }

  @GetMapping("/{id}")
  TaskDetail get(@PathVariable String id) {
    TaskRow row = actions.withDecisions(actions.visible(id, Caller.current()));
    Object model = row.modelId() == null ? null : models.find(row.modelId()).orElse(null);
    return new TaskDetail(row, actions.describe(id), model);
  }

  @PostMapping("/{id}/claim")
  TaskRow claim(@PathVariable String id) {
    return actions.withDecisions(actions.claim(id, Caller.current()));
  }

  @PostMapping("/{id}/unclaim")
  TaskRow unclaim(@PathVariable String id) {
    return actions.withDecisions(actions.unclaim(id, Caller.current()));
  }

  record Completion(String decision, String comment, Map<String, Object> variables) {
  }

  /** Tasks to accept at once: ids, one optional comment for all, and variables (only the accept decision). */
  record BulkCompletion(
      @Schema(description = "ids of open tasks of a bulk-acceptable step (a directive's plan review), at most 100")
      List<String> taskIds,
      @Schema(description = "one comment for every task, written into the step's comment field")
      String comment,
      @Schema(description = "further variables; a step's decision may be given only as its accept value")
      Map<String, Object> variables) {
  }

  @PostMapping("/bulk-complete")
  @Operation(summary = "Accept several plan reviews at once",
      description = "Each task is claimed when unclaimed and offered to the caller, then completed with the accept "
          + "decision, in its own transaction and through the checks of POST /api/tasks/{id}/complete. Answers 200 "
          + "with one result per task (done, or the refusal's code and reason); a task of another step is refused "
          + "(task-not-bulk). 400 only for an empty or too long list.")
  BulkAcceptance.Result bulkComplete(@RequestBody BulkCompletion request, Locale locale) {
    return bulk.accept(Caller.current(), request.taskIds(), request.comment(), request.variables(), locale);
  }

  @PostMapping("/{id}/complete")
  ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) Completion completion) {
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
    actions.complete(id, Caller.current(), submitted);
    return ResponseEntity.noContent().build();
  }

  private TaskRow withDecisions(TaskRow row) {
    return actions.withDecisions(row);
  }
}
