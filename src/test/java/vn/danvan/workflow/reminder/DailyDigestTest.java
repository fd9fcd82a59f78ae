package vn.danvan.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.FixedClock;
import vn.danvan.workflow.support.TestSmtp;

/**
 * The daily digest in the whole application (demo district, task read model, Spring Mail to GreenMail), its jobs run
 * by hand at chosen instants: each working-day morning every user with tasks due gets one e-mail listing them, in
 * Vietnamese with links to Tasklist; a user without an address finds it in the app; nothing on a day off; never
 * twice for the same day, and retried when the SMTP server is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"danvan.demo.password=" + Api.PASSWORD, "danvan.admin.password=" + Api.PASSWORD,
        "camunda.bpm.job-execution.enabled=false", "spring.mail.host=127.0.0.1",
        "spring.datasource.url=jdbc:h2:mem:daily-digest;DB_CLOSE_DELAY=-1",
        // a user added by one test is a member at once, not a minute later
        "danvan.reminders.recipient-cache=PT0S"})
@ActiveProfiles("demo")
class DailyDigestTest {

  /** The service's clock stands still here, whatever the computer's date (moved by the tests that need it). */
  @RegisterExtension
  static final FixedClock NOW = FixedClock.at("2026-11-20T10:00");

  private static final TestSmtp smtp = new TestSmtp();

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;

  private final List<String> instances = new java.util.ArrayList<>();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", smtp::port);
  }

  @AfterEach
  void cleanUp() throws Exception {
    ClockUtil.reset();
    instances.forEach(id -> runtime.deleteProcessInstance(id, "test over"));
    jdbc.update("delete from digest_log");
    jdbc.update("delete from notification");
    jdbc.update("delete from act_ru_job where handler_type_ = ?", DigestJobs.USER_TYPE);
    for (String user : List.of("nomail", "kbad")) {
      if (identity.createUserQuery().userId(user).count() > 0) {
        identity.deleteUser(user);
      }
    }
    smtp.reset();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @Test
  void atStartTheNextWorkingDaysDigestIsScheduledAtTheSendTime() {
    List<Job> timers = dayTimers();
    assertThat(timers).singleElement().satisfies(timer -> {
      LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneOffset.ofHours(7));
      assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(7, 30));
      assertThat(new WorkingDayCalendar("").isWorkingDay(due.toLocalDate())).isTrue();
      assertThat(timer.getId()).isEqualTo("danvan-digest-" + due.toLocalDate());
    });
  }

  @Test
  void eachMemberOfTheBoardGetsOneDigestListingTheReviewDueSoonAndNobodyElseGetsAny() throws Exception {
    String instance = register("Mô hình bản tin việc hằng ngày", LocalDateTime.of(2026, 3, 2, 9, 0));
    String taskId = reviewTask(instance);

    runDigestAt(LocalDateTime.of(2026, 3, 12, 7, 30)); // Thursday; due Monday 16/3, two working days later

    assertThat(recipientsOf(smtp.received())).containsExactlyInAnyOrder(
        "head@xuantruong.demo.danvan.vn", "reviewer@xuantruong.demo.danvan.vn");
    MimeMessage reviewer = to("reviewer");
    assertThat(reviewer.getSubject()).isEqualTo("[Bản tin công việc] Thứ Năm 12/03/2026: 1 việc sắp đến hạn");
    assertThat(reviewer.getMessageID()).isEqualTo("<digest.reviewer.2026-03-12@danvan-workflow>");
    assertThat((String) reviewer.getContent()).contains(
        "Kính gửi Trần Thị Thẩm định",
        "SẮP ĐẾN HẠN (trong 2 ngày làm việc tới) (1)",
        "1. Thẩm định hồ sơ đăng ký – Mô hình bản tin việc hằng ngày (Xã Xuân Hồng): hạn 16/03/2026, còn 2 ngày làm"
            + " việc (việc chung của Ban Dân vận Huyện ủy, chưa có người nhận)",
        "/camunda/app/tasklist/default/#/?task=" + taskId,
        "Xem và xử lý trong Tasklist: http://localhost:8080/camunda/app/tasklist/default/")
        .doesNotContain("QUÁ HẠN", "ĐẾN HẠN HÔM NAY");
    assertThat(jdbc.queryForList("select user_id from digest_log where digest_day = '2026-03-12'", String.class))
        .containsExactlyInAnyOrder("head", "reviewer");

    runDigestAt(LocalDateTime.of(2026, 3, 12, 9, 0)); // run again the same day (a retry, another node)
    assertThat(smtp.received()).hasSize(2);
  }

  @Test
  void aClaimedTaskIsListedForItsAssigneeOnlyAndAUserWithoutAddressFindsTheDigestInTheApp() throws Exception {
    String claimed = register("Mô hình đã có người nhận", LocalDateTime.of(2026, 3, 2, 9, 0));
    String open = register("Mô hình chưa ai nhận", LocalDateTime.of(2026, 3, 2, 9, 0));
    assertThat(Api.as(rest, "reviewer").post("/api/tasks/" + reviewTask(claimed) + "/claim", Map.of())
        .getStatusCode().is2xxSuccessful()).isTrue();
    userWithoutAddress("nomail", "ban-dan-van-huyen");

    runDigestAt(LocalDateTime.of(2026, 3, 17, 7, 30)); // Tuesday: both reviews one working day overdue

    String reviewer = (String) to("reviewer").getContent();
    assertThat(to("reviewer").getSubject()).isEqualTo("[Bản tin công việc] Thứ Ba 17/03/2026: 2 việc quá hạn");
    assertThat(reviewer).contains("QUÁ HẠN (2)", reviewTask(claimed), reviewTask(open));
    assertThat(reviewer.lines()).contains(
        "1. Thẩm định hồ sơ đăng ký – Mô hình đã có người nhận (Xã Xuân Hồng): hạn 16/03/2026, quá hạn 1 ngày làm việc",
        "2. Thẩm định hồ sơ đăng ký – Mô hình chưa ai nhận (Xã Xuân Hồng): hạn 16/03/2026, quá hạn 1 ngày làm việc"
            + " (việc chung của Ban Dân vận Huyện ủy, chưa có người nhận)");
    String head = (String) to("head").getContent();
    assertThat(head).contains("QUÁ HẠN (1)", "Mô hình chưa ai nhận").doesNotContain("Mô hình đã có người nhận");
    assertThat(recipientsOf(smtp.received())).hasSize(2);

    List<Map<String, Object>> inApp = notifications("nomail");
    assertThat(inApp).singleElement().satisfies(notice -> {
      assertThat(notice).containsEntry("kind", "DIGEST");
      assertThat(notice.get("message")).isEqualTo("[Bản tin công việc] Thứ Ba 17/03/2026: 1 việc quá hạn");
    });
    assertThat(notifications("reviewer")).noneMatch(notice -> "DIGEST".equals(notice.get("kind")));
  }

  @Test
  void noDigestOnADayOffAndTheNextOneIsScheduled() {
    register("Mô hình ngày nghỉ", LocalDateTime.of(2026, 3, 2, 9, 0));

    runDigestAt(LocalDateTime.of(2026, 3, 14, 7, 30)); // Saturday

    assertThat(smtp.received()).isEmpty();
    assertThat(userJobs()).isEmpty();
    assertThat(dayTimers()).hasSize(1);
  }

  @Test
  void withTheSmtpServerDownAUsersDigestIsRetriedWithBackOffAndSentOnceWhenItIsBack() throws Exception {
    register("Mô hình thử máy chủ thư hỏng", LocalDateTime.of(2026, 3, 2, 9, 0));
    ClockUtil.setCurrentTime(vietnam(LocalDateTime.of(2026, 3, 16, 7, 30)));
    management.executeJob(dayTimers().get(0).getId());
    smtp.stop();
    // the batch of head and reviewer: the first e-mail fails, each user goes to a job of their own
    userJobs().forEach(job -> management.executeJob(job.getId()));
    Job reviewers = userJobs().stream().filter(job -> configuration(job).equals("reviewer|2026-03-16")).findFirst()
        .orElseThrow();

    assertThatThrownBy(() -> management.executeJob(reviewers.getId())).hasMessageContaining("Mail server connection");

    Job failed = management.createJobQuery().jobId(reviewers.getId()).singleResult();
    assertThat(failed.getRetries()).isEqualTo(5); // PT1M,PT5M,PT15M,PT1H,PT4H, not Camunda's three at once
    assertThat(failed.getDuedate()).isEqualTo(vietnam(LocalDateTime.of(2026, 3, 16, 7, 31)));
    assertThat(jdbc.queryForObject("select count(*) from digest_log", Long.class)).isZero();

    smtp.start();
    ClockUtil.setCurrentTime(failed.getDuedate());
    management.executeJob(reviewers.getId());
    assertThat(recipientsOf(smtp.received())).containsExactly("reviewer@xuantruong.demo.danvan.vn");
    assertThat(smtp.received()[0].getSubject()).endsWith("1 việc đến hạn hôm nay");
    assertThat(jdbc.queryForObject("select count(*) from digest_log", Long.class)).isOne();
  }

  @Test
  void anEMailThatFailsInABatchKeepsTheDigestsSentBeforeItAndMovesItsUserAndTheRestToNewJobs() throws Exception {
    register("Mô hình thư hỏng giữa lô", LocalDateTime.of(2026, 3, 2, 9, 0));
    userWithAddress("kbad", "sai@@xuantruong.demo.danvan.vn", "ban-dan-van-huyen"); // refused before sending
    ClockUtil.setCurrentTime(vietnam(LocalDateTime.of(2026, 3, 16, 7, 30)));
    management.executeJob(dayTimers().get(0).getId());
    Job batch = userJobs().get(0);
    assertThat(userJobs()).hasSize(1);
    assertThat(configuration(batch)).isEqualTo("head,kbad,reviewer|2026-03-16");

    management.executeJob(batch.getId()); // head's digest went out: it commits

    assertThat(recipientsOf(smtp.received())).containsExactly("head@xuantruong.demo.danvan.vn");
    assertThat(jdbc.queryForList("select user_id from digest_log", String.class)).containsExactly("head");
    assertThat(userJobs()).extracting(this::configuration)
        .containsExactlyInAnyOrder("kbad|2026-03-16", "reviewer|2026-03-16");
    Job kbad = userJobs().stream().filter(job -> configuration(job).startsWith("kbad|")).findFirst().orElseThrow();
    Job reviewer = userJobs().stream().filter(job -> configuration(job).startsWith("reviewer|")).findFirst()
        .orElseThrow();

    management.executeJob(reviewer.getId());
    assertThatThrownBy(() -> management.executeJob(kbad.getId())).hasRootCauseInstanceOf(AddressException.class);

    assertThat(management.createJobQuery().jobId(kbad.getId()).singleResult().getRetries()).isEqualTo(5);
    assertThat(recipientsOf(smtp.received())).containsExactlyInAnyOrder("head@xuantruong.demo.danvan.vn",
        "reviewer@xuantruong.demo.danvan.vn");
    assertThat(jdbc.queryForList("select user_id from digest_log", String.class))
        .containsExactlyInAnyOrder("head", "reviewer");
  }

  private String register(String name, LocalDateTime at) {
    ClockUtil.setCurrentTime(vietnam(at));
    var created = Api.as(rest, "commune1").post("/api/models", Api.registration("xa-xuan-hong", name));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = (String) created.getBody().get("processInstanceId");
    instances.add(instance);
    return instance;
  }

  private String reviewTask(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  /** The day's timer at {@code at}, then every user's digest job it made, as the job executor would run them. */
  private void runDigestAt(LocalDateTime at) {
    ClockUtil.setCurrentTime(vietnam(at));
    dayTimers().forEach(timer -> management.executeJob(timer.getId()));
    userJobs().forEach(job -> management.executeJob(job.getId()));
  }

  private List<Job> dayTimers() {
    return jobsOfType(DigestJobs.DAY_TYPE);
  }

  private List<Job> userJobs() {
    return jobsOfType(DigestJobs.USER_TYPE);
  }

  private List<Job> jobsOfType(String type) {
    return jdbc.queryForList("select id_ from act_ru_job where handler_type_ = ? order by id_", String.class, type)
        .stream().map(id -> management.createJobQuery().jobId(id).singleResult()).toList();
  }

  private String configuration(Job job) {
    return jdbc.queryForObject("select handler_cfg_ from act_ru_job where id_ = ?", String.class, job.getId());
  }

  private void userWithoutAddress(String id, String group) {
    userWithAddress(id, null, group);
  }

  private void userWithAddress(String id, String email, String group) {
    User user = identity.newUser(id);
    user.setFirstName("Cán bộ");
    user.setLastName(email == null ? "không có thư" : "thư sai");
    user.setEmail(email);
    user.setPassword(Api.PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  private MimeMessage to(String user) throws MessagingException {
    String address = user + "@xuantruong.demo.danvan.vn";
    return Arrays.stream(smtp.received())
        .filter(message -> recipientsOf(new MimeMessage[] {message}).contains(address)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> notifications(String user) {
    return (List<Map<String, Object>>) Api.as(rest, user).get("/api/notifications?size=200").getBody().get("content");
  }

  private static List<String> recipientsOf(MimeMessage[] messages) {
    return Arrays.stream(messages).flatMap(message -> {
      try {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static Date vietnam(LocalDateTime time) {
    return Date.from(time.atOffset(ZoneOffset.ofHours(7)).toInstant());
  }

}
