package vn.danvan.workflow.task;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.delegation.Delegations;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.security.Caller;

/**
 * A person's open tasks for the portal, from the same read model and rules as GET /api/tasks?scope=todo: assigned
 * to them, or unassigned and offered to one of their groups, the earliest due first. A substitute's lists hold the
 * absent official's tasks too while the delegation is in force (marked {@link TaskRow#onBehalfOf()}).
 */
@Component
public class MyTasks {

  public record Found(List<TaskRow> rows, long total) {
  }

  private final TaskQueries queries;
  private final UnitDirectory directory;
  private final Delegations delegations;

  MyTasks(TaskQueries queries, UnitDirectory directory, Delegations delegations) {
    this.queries = queries;
    this.directory = directory;
    this.delegations = delegations;
  }

  public Found todo(Caller caller, int size) {
    return page(caller, new TaskQueries.Filter(TaskQueries.Scope.todo, null, null, null, null, null, null,
        TaskQueries.Sort.due), size);
  }

  /** The open tasks on one model that the caller may see (the model page's "open tasks"). */
  public Found onModel(Caller caller, long modelId) {
    return page(caller, new TaskQueries.Filter(TaskQueries.Scope.all, null, null, null, null, null, modelId,
        TaskQueries.Sort.due), 50);
  }

  /** One open task, if the caller may see it: the same rule as GET /api/tasks/{id}. */
  public java.util.Optional<TaskRow> find(Caller caller, String id) {
    return queries.find(id).filter(row -> maySee(row, caller));
  }

  /**
   * Who is looking, for every task list: groups, units seen (administrators see all) and the absent officials
   * the caller stands in for today.
   */
  TaskQueries.Viewer viewer(Caller caller) {
    return new TaskQueries.Viewer(caller.username(), caller.groups(),
        caller.isAdmin() ? Set.of() : directory.visibleUnitIds(caller.groups()), caller.isAdmin(),
        delegations.absencesCoveredBy(caller.username()));
  }

  /**
   * Assignee, a candidate group of theirs, or a unit they see (administrators see all); or, as a substitute in
   * force today, assigned to or offered to a group of the absent official.
   */
  boolean maySee(TaskRow row, Caller caller) {
    return caller.isAdmin() || caller.username().equals(row.assignee())
        || row.candidateGroups().stream().anyMatch(caller::belongsTo)
        || row.unitId() != null && directory.visibleUnitIds(caller.groups()).contains(row.unitId())
        || actingFor(row, caller) != null;
  }

  /**
   * The absent official through whom the caller reaches this row today (assigned to them, or offered to one of
   * their groups and to none of the caller's); null if none.
   */
  String actingFor(TaskRow row, Caller caller) {
    if (caller.username().equals(row.assignee()) && row.candidateGroups().stream().anyMatch(caller::belongsTo)) {
      return null;
    }
    List<Delegations.Absence> absences = delegations.absencesCoveredBy(caller.username());
    return new TaskQueries.Viewer(caller.username(), caller.groups(), Set.of(), false, absences).onBehalfOf(row);
  }

  private Found page(Caller caller, TaskQueries.Filter filter, int size) {
    TaskQueries.Page page = queries.page(viewer(caller), filter, 0, size);
    return new Found(page.rows(), page.total());
  }
}
