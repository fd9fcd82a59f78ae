package vn.danvan.workflow.task;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * Once per database (marked by an engine property), writes into {@code finished_step} the user tasks completed
 * before it existed, from Camunda's history: their step, the unit their process names ({@code unitId}, as the task
 * lists take it) and the working days they took. Page by page in task-id order, each page skipping the tasks already
 * there, so an interrupted run continues at the next start and nothing is counted twice.
 */
@Component
class FinishedStepsBackfill implements ApplicationRunner {

  static final String DONE = "danvan.finished-steps-backfilled";
  private static final Logger log = LoggerFactory.getLogger(FinishedStepsBackfill.class);
  private static final int BATCH = 1000;

  private final ManagementService management;
  private final NamedParameterJdbcTemplate jdbc;
  private final WorkingDayCalendar calendar;

  FinishedStepsBackfill(ManagementService management, NamedParameterJdbcTemplate jdbc, WorkingDayCalendar calendar) {
    this.management = management;
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  private record Finished(String taskId, String processKey, String step, String name, String unitId,
      Timestamp created, Timestamp completed) {
  }

  @Override
  public void run(ApplicationArguments args) {
    if (management.getProperties().containsKey(DONE)) {
      return;
    }
    String after = "";
    int written = 0;
    for (List<Finished> page = page(after); !page.isEmpty(); page = page(after)) {
      Set<String> there = new HashSet<>(jdbc.queryForList("select task_id from finished_step where task_id in (:ids)",
          Map.of("ids", page.stream().map(Finished::taskId).toList()), String.class));
      MapSqlParameterSource[] rows = page.stream().filter(task -> !there.contains(task.taskId())).map(this::row)
          .toArray(MapSqlParameterSource[]::new);
      try {
        written += jdbc.batchUpdate("""
            insert into finished_step (task_id, process_key, step, step_name, unit_id, completed_at, working_days)
            values (:id, :processKey, :step, :name, :unitId, :completed, :days)""", rows).length;
      } catch (DuplicateKeyException anotherNodeWroteThisPage) {
        log.info("Slowest steps: tasks after {} were taken from the history by another node", after);
      }
      after = page.get(page.size() - 1).taskId();
    }
    management.setProperty(DONE, "true");
    if (written > 0) {
      log.info("Slowest steps: {} tasks completed before finished_step existed taken from the history", written);
    }
  }

  /** Completed tasks after the given id; the unit is the process's (a multi-instance one: any of its units). */
  private List<Finished> page(String after) {
    return jdbc.query("""
        select h.ID_, h.PROC_DEF_KEY_, h.TASK_DEF_KEY_, h.NAME_, h.START_TIME_, h.END_TIME_,
          (select max(v.TEXT_) from ACT_HI_VARINST v where v.PROC_INST_ID_ = h.PROC_INST_ID_ and v.NAME_ = 'unitId')
        from ACT_HI_TASKINST h
        where h.ID_ > :after and h.DELETE_REASON_ = 'completed' and h.END_TIME_ is not null
          and h.PROC_DEF_KEY_ is not null and h.TASK_DEF_KEY_ is not null
        order by h.ID_ limit :limit""", new MapSqlParameterSource("after", after).addValue("limit", BATCH),
        (rs, i) -> new Finished(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(7),
            rs.getTimestamp(5), rs.getTimestamp(6)));
  }

  private MapSqlParameterSource row(Finished task) {
    return new MapSqlParameterSource("id", task.taskId()).addValue("processKey", task.processKey())
        .addValue("step", task.step()).addValue("name", task.name()).addValue("unitId", task.unitId())
        .addValue("completed", task.completed())
        .addValue("days", calendar.workingDaysBetween(VietnamTime.dayOf(task.created().toInstant()),
            VietnamTime.dayOf(task.completed().toInstant())));
  }
}
