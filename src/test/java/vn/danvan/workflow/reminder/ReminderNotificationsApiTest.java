package vn.danvan.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.FixedClock;
import vn.danvan.workflow.support.TestSmtp;

/**
 * The whole application (demo data, Spring transactions, Spring Mail): a registration's reminders reach the
 * board's people through GET /api/notifications and by e-mail; when the SMTP server is down the job fails and
 * leaves no trace, then succeeds once it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"danvan.demo.password=" + Api.PASSWORD, "danvan.admin.password=" + Api.PASSWORD,
        "camunda.bpm.job-execution.enabled=false", "spring.mail.host=127.0.0.1"})
@ActiveProfiles("demo")
class ReminderNotificationsApiTest {

  /** The service's clock stands still here, whatever the computer's date (moved by the tests that need it). */
  @RegisterExtension
  static final FixedClock NOW = FixedClock.at("2026-11-20T10:00");

  private static final TestSmtp smtp = new TestSmtp();

  @TempDir
  static Path dataDir;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("danvan") + ";DB_CLOSE_ON_EXIT=FALSE");
    registry.add("spring.mail.port", smtp::port);
  }

  @AfterEach
  void resetClockAndMailbox() throws Exception {
    ClockUtil.reset();
    smtp.reset();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void remindersOfARegistrationReachTheBoardInTheAppAndByMailAndEscalationsItsHead() throws Exception {
    LocalDateTime submitted = LocalDateTime.of(2026, 3, 2, 9, 0);
    ClockUtil.setCurrentTime(vietnam(submitted));
    String instance = register("Mô hình nhắc hạn qua API");

    runReminder(instance, LocalDateTime.of(2026, 3, 12, 7, 30));
    List<Map<String, Object>> reviewerSees = notifications("reviewer");
    assertThat(reviewerSees).filteredOn(n -> "BEFORE_DUE".equals(n.get("kind"))
            && ((String) n.get("message")).contains("Mô hình nhắc hạn qua API"))
        .singleElement().satisfies(n -> assertThat((String) n.get("message"))
            .startsWith("[Nhắc việc] Còn 2 ngày làm việc đến hạn: Thẩm định hồ sơ đăng ký – Mô hình nhắc hạn qua API"));
    assertThat(smtp.received()).hasSize(2); // one message to the board, a copy per recipient
    assertThat(smtp.received()[0].getAllRecipients()).extracting(Object::toString)
        .contains("reviewer@xuantruong.demo.danvan.vn", "head@xuantruong.demo.danvan.vn");

    runReminder(instance, LocalDateTime.of(2026, 3, 16, 7, 30));
    runReminder(instance, LocalDateTime.of(2026, 3, 17, 7, 30));
    Map<String, Object> escalation = notifications("head").stream()
        .filter(n -> "ESCALATION".equals(n.get("kind"))).findFirst().orElseThrow();
    assertThat(smtp.received()).filteredOn(m -> subject(m).startsWith("[Quá hạn]")).singleElement()
        .satisfies(m -> {
          assertThat(m.getSubject()).isEqualTo("[Quá hạn] Thẩm định hồ sơ đăng ký – Mô hình nhắc hạn qua API"
              + " (Xã Xuân Hồng): quá hạn 1 ngày làm việc");
          assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly("head@xuantruong.demo.danvan.vn");
        });
    assertThat((String) escalation.get("message")).contains("quá hạn 1 ngày làm việc");
    assertThat(notifications("reviewer")).noneMatch(n -> "ESCALATION".equals(n.get("kind")));

    Number id = (Number) escalation.get("id");
    assertThat(Api.as(rest, "head").post("/api/notifications/" + id + "/read", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(Api.as(rest, "head").get("/api/notifications?unread=true&size=200").getBody().get("content")
        .toString()).doesNotContain("id=" + id + ",");
  }

  @Test
  void withTheSmtpServerDownTheReminderJobFailsLeavesNothingAndIsSentOnceWhenTheServerIsBack() throws Exception {
    ClockUtil.setCurrentTime(vietnam(LocalDateTime.of(2026, 3, 2, 10, 0)));
    String instance = register("Mô hình thử máy chủ thư hỏng");
    Job job = reminderJob(instance);
    ClockUtil.setCurrentTime(job.getDuedate());
    String instanceId = job.getProcessInstanceId();
    smtp.stop();

    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Mail server connection");

    Job failed = management.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(failed.getRetries()).isEqualTo(5);
    assertThat(failed.getDuedate()).isEqualTo(new Date(job.getDuedate().getTime() + 60_000));
    assertThat(jdbc.queryForObject("select count(*) from reminder_log where process_instance_id = ?", Long.class,
        instanceId)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from notification where message like ?", Long.class,
        "%thử máy chủ thư hỏng%")).isZero();

    smtp.start();
    ClockUtil.setCurrentTime(failed.getDuedate());
    management.executeJob(job.getId());
    assertThat(smtp.received()).hasSize(2); // reviewer and head, one message
    assertThat(jdbc.queryForObject("select count(*) from reminder_log where process_instance_id = ?", Long.class,
        instanceId)).isOne();
  }

  private String register(String name) {
    var created = Api.as(rest, "commune1").post("/api/models", Api.registration("xa-xuan-hong", name));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("processInstanceId");
  }

  private void runReminder(String instance, LocalDateTime at) {
    Job job = reminderJob(instance);
    assertThat(job.getDuedate()).isEqualTo(vietnam(at));
    ClockUtil.setCurrentTime(job.getDuedate());
    management.executeJob(job.getId());
  }

  private Job reminderJob(String instance) {
    return management.createJobQuery().processInstanceId(instance).singleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> notifications(String user) {
    return (List<Map<String, Object>>) Api.as(rest, user).get("/api/notifications?size=200").getBody().get("content");
  }

  private static Date vietnam(LocalDateTime time) {
    return Date.from(time.atOffset(ZoneOffset.ofHours(7)).toInstant());
  }

  private static String subject(jakarta.mail.Message message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

}
