package vn.danvan.workflow.task;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The columns of the Tasklist filters, read from copies the task keeps of its process's display values.
 *
 * <p>Why copies: Tasklist reads a filter's columns through engine-rest, which returns a process variable only to
 * whoever may read the process instance (READ_INSTANCE on its definition), while a task's own variables need just
 * READ on the task, which its candidate groups and assignee have. Granting READ_INSTANCE would show every unit's
 * instances through engine-rest. The copies have names of their own: a form that edits {@code name} (the revision
 * of a dossier) must keep writing the process variable, not a task variable of the same name hiding it.
 */
final class TasklistColumns {

  record Column(String taskVariable, String processVariable, String label) {
  }

  static final List<Column> COLUMNS = List.of(
      new Column("tasklistName", "name", "Mô hình / điển hình"),
      new Column("tasklistUnitName", "unitName", "Đơn vị"),
      new Column("tasklistFieldLabel", "fieldLabel", "Lĩnh vực"),
      new Column("tasklistYear", "year", "Năm"));

  /** The columns as the filters' {@code variables} property. */
  static final List<Map<String, String>> FILTER_VARIABLES = COLUMNS.stream()
      .map(column -> Map.of("name", column.taskVariable(), "label", column.label())).toList();

  private TasklistColumns() {
  }

  /**
   * Copies the display values the task sees (its process's or an enclosing scope's) onto the task. Runs when the
   * task is created: in our processes a value changes only between tasks (a renamed model reaches the next review
   * task), never under an open one.
   */
  static void copy(DelegateTask task) {
    for (Column column : COLUMNS) {
      Object value = task.getVariable(column.processVariable());
      if (value != null) {
        task.setVariableLocal(column.taskVariable(), value);
      }
    }
  }

  static boolean copiedTo(DelegateTask task) {
    return COLUMNS.stream().anyMatch(column -> task.hasVariableLocal(column.taskVariable()));
  }
}
