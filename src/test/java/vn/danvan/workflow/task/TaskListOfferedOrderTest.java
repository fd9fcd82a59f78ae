package vn.danvan.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * "Offered to my groups" in due order comes from the candidate groups' own copy of the due and creation times (V99,
 * issue 19): the same order as every other list (earliest due first, no due date last, then the oldest), each task
 * once however many of my groups it is offered to, the total counted alike, the pages in sequence.
 */
class TaskListOfferedOrderTest extends ServiceOnH2 {

  private static final Instant DAY = Instant.parse("2026-11-20T03:00:00Z");

  @Autowired
  TaskQueries queries;
  @Autowired
  TaskProjection projection;
  @Autowired
  JdbcTemplate jdbc;

  private void task(String id, Instant created, Instant due, String... groups) {
    projection.insert(new TaskProjection.Row(id, "Bước thử thứ tự", "Task_Order", "order-test:1:x", "order-test",
        "pi-" + id, null, null, null, null, null, 2026, Date.from(created), due == null ? null : Date.from(due), null,
        null), List.of(groups));
  }

  @Test
  void theGroupsListIsInDueOrderEachTaskOnceAndPagedFromTheCandidateGroupsIndex() {
    String run = "thu-" + System.nanoTime();
    String first = run + "-a";
    String second = run + "-b";
    List<String> ids = List.of(run + "-1", run + "-2", run + "-3", run + "-4", run + "-5");
    try {
      task(ids.get(4), DAY, null, first); // no due date: last
      task(ids.get(2), DAY.plusSeconds(60), DAY.plusSeconds(86_400 * 3), first, second); // offered to both groups
      task(ids.get(1), DAY.plusSeconds(120), DAY.plusSeconds(86_400), second); // same due, created later
      task(ids.get(0), DAY, DAY.plusSeconds(86_400), first);
      task(ids.get(3), DAY, DAY.plusSeconds(86_400 * 5), second);

      TaskQueries.Viewer viewer = new TaskQueries.Viewer("nobody-" + run, List.of(first, second), Set.of(), false);
      TaskQueries.Filter offered = new TaskQueries.Filter(TaskQueries.Scope.group, null, null, null, null, null, null,
          TaskQueries.Sort.due);
      TaskQueries.Page all = queries.page(viewer, offered, 0, 10);
      assertThat(all.rows()).extracting(TaskRow::id).containsExactlyElementsOf(ids);
      assertThat(all.total()).isEqualTo(5);
      assertThat(all.rows().get(2).candidateGroups()).containsExactlyInAnyOrder(first, second);
      assertThat(queries.page(viewer, offered, 1, 2).rows()).extracting(TaskRow::id)
          .containsExactly(ids.get(2), ids.get(3));

      TaskQueries.Viewer oneGroup = new TaskQueries.Viewer("nobody-" + run, List.of(first), Set.of(), false);
      TaskQueries.Page ofFirst = queries.page(oneGroup, offered, 0, 10);
      assertThat(ofFirst.rows()).extracting(TaskRow::id).containsExactly(ids.get(0), ids.get(2), ids.get(4));
      assertThat(ofFirst.total()).isEqualTo(3);

      // the general query (any further filter) answers the same
      TaskQueries.Filter withYear = new TaskQueries.Filter(TaskQueries.Scope.group, null, null, null, null, null, null,
          TaskQueries.Sort.due, 2026, null);
      assertThat(queries.page(viewer, withYear, 0, 10).rows()).extracting(TaskRow::id).containsExactlyElementsOf(ids);
    } finally {
      ids.forEach(projection::removed);
    }
  }

  @Test
  void theCandidateGroupsCopyTheTasksTimes() {
    String id = "thu-" + System.nanoTime();
    try {
      task(id, DAY, DAY.plusSeconds(86_400 * 2), "nhom-" + id);
      assertThat(jdbc.queryForObject("""
          select count(*) from task_candidate_group g join task_view t on t.task_id = g.task_id
          where g.task_id = ? and g.due_at = t.due_at and g.created_at = t.created_at""", Long.class, id))
          .isEqualTo(1);
    } finally {
      projection.removed(id);
    }
  }
}
