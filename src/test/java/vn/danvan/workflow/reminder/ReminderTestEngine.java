package vn.danvan.workflow.reminder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.flywaydb.core.Flyway;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.calendar.WorkingDaysEnginePlugin;
import vn.danvan.workflow.calendar.WorkingDaysExpressions;

/**
 * A process engine as the application builds it for reminders (working-day calendar, reminder plugin, real
 * expressions), on an in-memory H2 migrated by our Flyway scripts, with e-mail going to a test SMTP port and
 * the demo district's people: reviewer and head in the Ban Dân vận, head also in its leadership, commune1.
 */
final class ReminderTestEngine {

  static final String BOARD = "ban-dan-van-huyen";
  static final String LEADERS = "lanh-dao-ban-dan-van-huyen";
  static final String COMMUNE = "xa-xuan-hong";

  final ProcessEngine engine;
  final JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
  private final String jdbcUrl;

  ReminderTestEngine(String name, int smtpPort, ReminderSettings settings) {
    this(name, smtpPort, settings, Map.of());
  }

  /** @param beans what the processes' expressions name besides the registration's delegates (no-ops) */
  ReminderTestEngine(String name, int smtpPort, ReminderSettings settings, Map<String, Object> beans) {
    jdbcUrl = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(jdbcUrl, "sa", "").locations("classpath:db/migration")
        .table("danvan_schema_history").load().migrate();
    mailSender.setHost("localhost");
    mailSender.setPort(smtpPort);
    WorkingDayCalendar calendar = new WorkingDayCalendar("");
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(jdbcUrl);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setGroupResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    Map<Object, Object> expressionBeans = new HashMap<>();
    expressionBeans.put("workingDays", new WorkingDaysExpressions(calendar));
    JavaDelegate nothing = execution -> { };
    for (String delegate : List.of("approveRegistrationDelegate", "returnRegistrationDelegate",
        "resubmitRegistrationDelegate", "rejectRegistrationDelegate")) {
      expressionBeans.put(delegate, nothing);
    }
    expressionBeans.put("notifyUnitOfReturn", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
    expressionBeans.putAll(beans);
    configuration.setBeans(expressionBeans);
    configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new WorkingDaysEnginePlugin(calendar),
        new ReminderEnginePlugin(settings, calendar, mailSender))));
    engine = configuration.buildProcessEngine();
    people(engine.getIdentityService());
  }

  void deployRegistration() {
    deploy("model-registration.bpmn", "review-registration.form", "revise-registration.form");
  }

  /** Deploys these files of processes/ together. */
  void deploy(String... files) {
    var deployment = engine.getRepositoryService().createDeployment();
    for (String file : files) {
      try {
        deployment.addString(file, Files.readString(Path.of("processes", file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    deployment.deploy();
  }

  List<Map<String, Object>> rows(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
        Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      List<Map<String, Object>> rows = new ArrayList<>();
      while (result.next()) {
        Map<String, Object> row = new HashMap<>();
        for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
          row.put(result.getMetaData().getColumnLabel(column).toLowerCase(), result.getObject(column));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void update(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets the clock and runs every job that is due, as the job executor would, until none is left. */
  void runJobsAt(Date at) {
    ClockUtil.setCurrentTime(at);
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 10; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep becoming due at " + at.toInstant());
  }

  void close() {
    engine.close();
    update("drop all objects");
  }

  private static void people(IdentityService identity) {
    group(identity, BOARD, "Ban Dân vận Huyện ủy");
    group(identity, LEADERS, "Lãnh đạo Ban Dân vận Huyện ủy");
    group(identity, COMMUNE, "Xã Xuân Hồng");
    user(identity, "reviewer", "Trần Thị", "Thẩm định", BOARD);
    user(identity, "head", "Nguyễn Văn", "Trưởng ban", BOARD, LEADERS);
    user(identity, "commune1", "Phạm Văn", "Cán bộ xã Xuân Hồng", COMMUNE);
  }

  static void group(IdentityService identity, String id, String name) {
    Group group = identity.newGroup(id);
    group.setName(name);
    identity.saveGroup(group);
  }

  static void user(IdentityService identity, String id, String firstName, String lastName,
      String... groups) {
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@xuantruong.demo.danvan.vn");
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }
}
