package vn.danvan.workflow.task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.process.BulkAcceptableStep;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.security.DisplayNames;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.FieldProblems;

/**
 * Accepts several tasks of a bulk-acceptable step at once (a directive's plan reviews): each in its own
 * transaction, through {@link TaskActions} as a single completion (visibility, claim first when unclaimed and
 * offered to the caller, the task's form), so one refusal leaves the others done. A task of another step is
 * refused. The outcome says, per task, done or why not ("đã được Nguyễn Văn A nhận").
 */
@Component
class BulkAcceptance {

  static final int MAX = 100;
  private static final Logger log = LoggerFactory.getLogger(BulkAcceptance.class);

  /** One task's outcome: {@code done}, or the refusal's code and reason in the caller's language. */
  record Outcome(String taskId, String name, String unitName, boolean done, String code, String reason) {
  }

  record Result(List<Outcome> results, int done, int failed) {
  }

  private final TaskActions actions;
  private final TaskQueries queries;
  private final List<BulkAcceptableStep> steps;
  private final TransactionTemplate eachOnItsOwn;
  private final MessageSource messages;
  private final DisplayNames names;

  BulkAcceptance(TaskActions actions, TaskQueries queries, List<BulkAcceptableStep> steps,
      PlatformTransactionManager transactions, MessageSource messages, DisplayNames names) {
    this.actions = actions;
    this.queries = queries;
    this.steps = steps;
    this.eachOnItsOwn = new TransactionTemplate(transactions);
    this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.messages = messages;
    this.names = names;
  }

  /** The step a task belongs to, if it may be accepted in bulk. */
  Optional<BulkAcceptableStep> stepOf(TaskRow row) {
    return steps.stream().filter(step -> step.matches(row.processKey(), row.taskDefinitionKey())).findFirst();
  }

  /** The task definition keys accepted in bulk (the task list marks their rows). */
  boolean acceptable(TaskRow row) {
    return stepOf(row).isPresent();
  }

  Result accept(Caller caller, List<String> taskIds, String comment, Map<String, Object> variables, Locale locale) {
    if (taskIds == null || taskIds.isEmpty() || taskIds.size() > MAX) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bulk-empty", MAX);
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (String id : new LinkedHashSet<>(taskIds)) {
      outcomes.add(acceptOne(caller, id, comment, variables == null ? Map.of() : variables, locale));
    }
    int done = (int) outcomes.stream().filter(Outcome::done).count();
    return new Result(outcomes, done, outcomes.size() - done);
  }

  private Outcome acceptOne(Caller caller, String id, String comment, Map<String, Object> variables, Locale locale) {
    Optional<TaskRow> known = queries.find(id).filter(row -> actions.visibleTo(row, caller));
    String name = known.map(TaskRow::name).orElse(null);
    String unit = known.map(TaskRow::unitName).orElse(null);
    try {
      eachOnItsOwn.executeWithoutResult(status -> {
        TaskRow row = actions.visible(id, caller);
        BulkAcceptableStep step = stepOf(row)
            .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "task-not-bulk"));
        Map<String, Object> submitted = new LinkedHashMap<>(variables);
        step.acceptVariables().forEach((key, accept) -> {
          if (submitted.containsKey(key) && !Objects.equals(submitted.get(key), accept)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bulk-not-accept", key);
          }
          submitted.put(key, accept);
        });
        if (comment != null && !comment.isBlank()) {
          submitted.put(step.commentField() == null ? FormDescription.COMMENT : step.commentField(), comment.strip());
        }
        if (row.assignee() == null) {
          actions.claim(id, caller);
        }
        actions.complete(id, caller, submitted);
      });
      return new Outcome(id, name, unit, true, null, null);
    } catch (ApiException e) {
      return new Outcome(id, name, unit, false, e.code(), reason(id, e, locale));
    } catch (FieldProblems e) {
      return new Outcome(id, name, unit, false, "invalid", e.problems().stream()
          .map(p -> (p.field() == null ? "" : p.field() + ": ") + messages.getMessage(p.code(), p.args(), p.code(),
              locale)).reduce((a, b) -> a + "; " + b).orElse(""));
    } catch (RuntimeException e) {
      log.warn("Bulk acceptance of task {} failed", id, e);
      return new Outcome(id, name, unit, false, "error", messages.getMessage("problem.internal.detail", null,
          "Lỗi hệ thống.", locale));
    }
  }

  /** A refusal in words: who holds the task by name, else the problem's detail. */
  private String reason(String id, ApiException e, Locale locale) {
    if ("task-claimed".equals(e.code()) && e.args().length > 0 && e.args()[0] instanceof String holder) {
      return messages.getMessage("bulk.claimedBy", new Object[] {names.of(holder)}, locale);
    }
    return messages.getMessage("problem." + e.code() + ".detail", e.args(), e.code(), locale);
  }
}
