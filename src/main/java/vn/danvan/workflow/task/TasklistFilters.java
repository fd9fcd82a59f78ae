package vn.danvan.workflow.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Tasklist filters every reviewer starts from: my tasks, my units' tasks, overdue. Created once; an
 * administrator may change them in Tasklist afterwards and a restart leaves them alone. A filter still showing
 * the first columns (process variables, empty for reviewers) is switched to {@link TasklistColumns}.
 */
@Component
class TasklistFilters implements ApplicationRunner {

  private static final List<Map<String, String>> FIRST_COLUMNS = List.of(
      Map.of("name", "name", "label", "Mô hình / điển hình"),
      Map.of("name", "unitName", "label", "Đơn vị"),
      Map.of("name", "fieldLabel", "label", "Lĩnh vực"),
      Map.of("name", "year", "label", "Năm"));

  private final FilterService filters;
  private final TaskService tasks;

  TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    create("Việc của tôi", "Việc đã nhận, đang chờ tôi xử lý", 10, "#1d4ed8",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    create("Việc của đơn vị", "Việc chờ đơn vị tôi xử lý (chưa ai nhận hoặc đã nhận)", 20, "#15803d",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    create("Quá hạn", "Việc của tôi hoặc đơn vị tôi đã quá hạn xử lý", 30, "#b91c1c",
        tasks.createTaskQuery().or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr()
            .dueBeforeExpression("${now()}"));
  }

  private void create(String name, String description, int priority, String color, TaskQuery query) {
    List<Filter> existing = filters.createFilterQuery().filterName(name).list();
    if (!existing.isEmpty()) {
      existing.forEach(this::switchFirstColumns);
      return;
    }
    Filter filter = filters.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(Map.of("description", description, "priority", priority, "color", color,
        "refresh", true, "variables", TasklistColumns.FILTER_VARIABLES));
    filters.saveFilter(filter);
  }

  private void switchFirstColumns(Filter filter) {
    if (FIRST_COLUMNS.equals(filter.getProperties().get("variables"))) {
      Map<String, Object> properties = new HashMap<>(filter.getProperties());
      properties.put("variables", TasklistColumns.FILTER_VARIABLES);
      filter.setProperties(properties);
      filters.saveFilter(filter);
    }
  }
}
