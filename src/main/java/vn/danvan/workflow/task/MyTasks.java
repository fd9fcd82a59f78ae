package vn.danvan.workflow.task;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.security.Caller;

/**
 * A person's open tasks for the portal, from the same read model and rules as GET /api/tasks?scope=todo: assigned
 * to them, or unassigned and offered to one of their groups, the earliest due first.
 */
@Component
public class MyTasks {

  public record Found(List<TaskRow> rows, long total) {
  }

  private final TaskQueries queries;
  private final UnitDirectory directory;

  MyTasks(TaskQueries queries, UnitDirectory directory) {
    this.queries = queries;
    this.directory = directory;
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

  /** Assignee, a candidate group of theirs, or a unit they see (administrators see all). */
  boolean maySee(TaskRow row, Caller caller) {
    return caller.isAdmin() || caller.username().equals(row.assignee())
        || row.candidateGroups().stream().anyMatch(caller::belongsTo)
        || row.unitId() != null && directory.visibleUnitIds(caller.groups()).contains(row.unitId());
  }

  private Found page(Caller caller, TaskQueries.Filter filter, int size) {
    TaskQueries.Viewer viewer = new TaskQueries.Viewer(caller.username(), caller.groups(),
        caller.isAdmin() ? Set.of() : directory.visibleUnitIds(caller.groups()), caller.isAdmin());
    TaskQueries.Page page = queries.page(viewer, filter, 0, size);
    return new Found(page.rows(), page.total());
  }
}
