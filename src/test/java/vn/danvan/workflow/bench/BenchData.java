package vn.danvan.workflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.web.SearchText;

/**
 * The benchmarks' data on PostgreSQL, loaded by SQL (minutes for a million rows, where the engine would take
 * hours): 200 communes of the demo district with one official each, models and their decisions spread over five
 * years, completed steps, and open tasks written as the engine and its task listeners leave them.
 */
final class BenchData {

  static final int UNITS = 200;
  static final String DISTRICT = "huyen-xuan-truong";
  static final String REVIEWERS = "ban-dan-van-huyen";

  private BenchData() {
  }

  static void createUnitsAndUsers(ConfigurableApplicationContext app, JdbcTemplate sql) {
    IdentityService identity = app.getBean(IdentityService.class);
    for (int g = 0; g < UNITS; g++) {
      String id = unit(g);
      if (identity.createGroupQuery().groupId(id).count() > 0) {
        continue;
      }
      sql.update("""
          insert into unit (id, name, kind, parent_id, registration_reviewer_id, search_text)
          values (?, ?, ?, ?, ?, ?)""", id, "Xã Đo Tải " + g, "COMMUNE", DISTRICT, REVIEWERS,
          SearchText.of("Xã Đo Tải " + g));
      Group group = identity.newGroup(id);
      group.setName("Xã Đo Tải " + g);
      group.setType("UNIT");
      identity.saveGroup(group);
      User user = identity.newUser(user(g));
      user.setFirstName("Cán bộ");
      user.setLastName("xã Đo Tải " + g);
      user.setPassword(BenchApp.PASSWORD);
      identity.saveUser(user);
      identity.createMembership(user(g), id);
    }
  }

  /** Models and their decisions by SQL (the registry's rows as the delegates leave them), spread over five years. */
  static void loadModels(JdbcTemplate sql, int models, int decisionsPerModel) {
    if (sql.queryForObject("select count(*) from mobilization_model where unit_id like 'bench-%'", Long.class) == 0) {
      insertModels(sql, models);
    }
    loadDecisions(sql, decisionsPerModel);
  }

  private static void insertModels(JdbcTemplate sql, int models) {
    sql.update("""
        insert into mobilization_model (kind, name, search_text, unit_id, field, model_year, situation, goals,
            content, area, forces, timeline, outputs, status, created_by, created_at, updated_at)
        select case when g % 5 = 0 then 'EXEMPLAR' else 'MODEL' end,
               'Mô hình đo tải ' || g || ' ' || (array[?, ?, ?, ?])[g % 4 + 1],
               'mo hinh do tai ' || g || ' ' || (array[?, ?, ?, ?])[g % 4 + 1],
               'bench-xa-' || lpad((g % 200)::text, 3, '0'),
               (array['ECONOMY', 'CULTURE_SOCIETY', 'DEFENCE_SECURITY', 'POLITICAL_SYSTEM'])[g % 4 + 1],
               2022 + g % 5, 'Thực trạng', 'Mục tiêu', 'Nội dung, cách làm', 'Phạm vi', 'Lực lượng', 'Lộ trình',
               'Kết quả kiểm chứng được',
               (array['SUBMITTED', 'RETURNED', 'REJECTED', 'REGISTERED', 'EVALUATED', 'RECOGNISED', 'REWARDED',
                   'REMOVED'])[g % 8 + 1],
               'bench-user-' || lpad((g % 200)::text, 3, '0'),
               timestamptz '2022-01-03 08:00+07' + (g % 1800) * interval '1 day',
               timestamptz '2022-01-03 08:00+07' + (g % 1800) * interval '1 day' + interval '3 hours'
        from generate_series(1, ?) g""", args(models));
  }

  private static void loadDecisions(JdbcTemplate sql, int decisionsPerModel) {
    if (Boolean.TRUE.equals(sql.queryForObject(
        "select exists (select 1 from model_decision where comment like 'Ý kiến lần %')", Boolean.class))) {
      return;
    }
    sql.update("""
        insert into model_decision (model_id, step, step_name, decision, comment, actor, decided_at)
        select m.id, 'Task_ReviewRegistration', 'Thẩm định hồ sơ đăng ký',
               (array['RETURN', 'RESUBMIT', 'APPROVE'])[d % 3 + 1], 'Ý kiến lần ' || d, 'reviewer',
               m.created_at + d * interval '1 day'
        from mobilization_model m cross join generate_series(1, ?) d
        where m.unit_id like 'bench-%'""", decisionsPerModel);
    // decisions written by SQL bypass the repository's save, so the reports' tally is worked out again, as V101 does
    sql.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
      connection.setAutoCommit(false); // PostgreSQL streams the decisions only inside a transaction
      vn.danvan.workflow.model.DecisionTally.rebuild(connection);
      connection.commit();
      connection.setAutoCommit(true);
      return null;
    });
  }

  /**
   * Tasks completed over the five years, as the task listener records them for the dashboard's slowest steps: eight
   * steps, 200 units, 0 to 29 working days each.
   */
  static void loadFinishedSteps(JdbcTemplate sql, int finished) {
    if (sql.queryForObject("select count(*) from finished_step where task_id like 'bench-%'", Long.class) > 0) {
      return;
    }
    sql.update("""
        insert into finished_step (task_id, process_key, step, step_name, unit_id, completed_at, working_days)
        select 'bench-' || g, (array['model-registration', 'model-registration', 'model-evaluation',
                   'model-evaluation', 'model-recognition', 'model-recognition', 'model-reward', 'model-reward'])[g % 8 + 1],
               'Task_Bench' || (g % 8), 'Bước đo tải ' || (g % 8),
               'bench-xa-' || lpad((g % 200)::text, 3, '0'),
               timestamptz '2022-01-03 08:00+07' + (g % 1800) * interval '1 day' + interval '2 hours',
               (g::bigint * 7919) % 30
        from generate_series(1, ?) g""", finished);
  }

  private static Object[] args(int models) {
    List<Object> args = new ArrayList<>(List.of(TOPICS));
    for (String topic : TOPICS) {
      args.add(SearchText.of(topic)); // as the entity writes it
    }
    args.add(models);
    return args.toArray();
  }

  private static final String[] TOPICS = {"dồn điền đổi thửa", "an ninh trật tự", "nông thôn mới", "chuyển đổi số"};

  /**
   * One open task for each of the first {@code count} bench models, offered to the model's commune: the engine's
   * rows (process instance with business key {@code model:<id>}, task, candidate group) and the task list's read
   * model (task_view, task_candidate_group) as TaskProjection writes it, in one transaction. The step is the
   * registration's "revise" step of the deployed process, so the model's page and the task's form find it. No
   * variables and no history: none of the measured reads use them. Counts agree with the engine's, so
   * TaskViewRebuild leaves the rows alone at the next start.
   */
  static void loadOpenTasks(ConfigurableApplicationContext app, JdbcTemplate sql, int count) {
    if (sql.queryForObject("select count(*) from task_view where task_id like 'bench-%'", Long.class) > 0) {
      return;
    }
    String definition = sql.queryForObject("""
        select id_ from act_re_procdef where key_ = 'model-registration' order by version_ desc limit 1""",
        String.class);
    new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
      sql.execute("""
          create temporary table bench_task on commit drop as
          select m.id model_id, m.name model_name, m.unit_id, m.field, m.model_year,
                 'bench-task-' || m.id task_id, 'bench-pi-' || m.id instance_id,
                 now() - (m.id % 30) * interval '1 day' created_at,
                 now() + ((m.id % 60) - 20) * interval '1 day' due_at
          from mobilization_model m where m.unit_id like 'bench-%' order by m.id limit """ + " " + count);
      sql.update("""
          insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, proc_def_id_,
              act_id_, act_inst_id_, is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_,
              cached_ent_state_, sequence_counter_, proc_def_key_)
          select instance_id, 1, instance_id, instance_id, 'model:' || model_id, ?, 'Task_ReviseRegistration',
                 'Task_ReviseRegistration:bench-ai-' || model_id, true, false, true, false, 1, 2, 1,
                 'model-registration'
          from bench_task""", definition);
      sql.update("""
          insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_,
              priority_, create_time_, due_date_, suspension_state_, task_state_)
          select task_id, 1, instance_id, instance_id, ?, 'Bổ sung, hoàn thiện hồ sơ', 'Task_ReviseRegistration',
                 50, created_at, due_at, 1, 'Created'
          from bench_task""", definition);
      sql.update("""
          insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_)
          select 'bench-link-' || model_id, 1, unit_id, 'candidate', task_id from bench_task""");
      sql.update("""
          insert into task_view (task_id, name, task_definition_key, process_definition_id, process_key,
              process_instance_id, model_id, model_name, unit_id, unit_name, field, task_year, created_at, due_at)
          select task_id, 'Bổ sung, hoàn thiện hồ sơ', 'Task_ReviseRegistration', ?, 'model-registration',
                 instance_id, model_id, model_name, unit_id, 'Xã Đo Tải', field, model_year, created_at, due_at
          from bench_task""", definition);
      sql.update("insert into task_candidate_group (task_id, group_id) select task_id, unit_id from bench_task");
    });
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  static String unit(int g) {
    return String.format("bench-xa-%03d", g);
  }

  static String user(int g) {
    return String.format("bench-user-%03d", g);
  }
}
