package vn.danvan.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.support.TimeTravel;

/**
 * processes/model-registration.bpmn with the default reminder policy (its tasks set no reminder.* property), the
 * clock moved day by day, e-mail delivered to a real SMTP server (GreenMail): each reminder and escalation
 * happens once, to the right people, in Vietnamese.
 */
class ReminderProcessTest {

  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  /** Monday 2/3/2026 09:00: the review is due ten working days later, Monday 16/3 09:00. */
  private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);
  private static final String REVIEW = "Task_ReviewRegistration";

  private static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private static ReminderTestEngine test;
  private static RuntimeService runtime;
  private static TaskService tasks;
  private static ManagementService management;

  @BeforeAll
  static void startEngineAndMailServer() {
    smtp.start();
    test = new ReminderTestEngine("reminder-process-test", smtp.getSmtp().getPort(),
        ReminderSettings.defaults("lanh-dao-ban-dan-van-huyen"));
    test.deployRegistration();
    runtime = test.engine.getRuntimeService();
    tasks = test.engine.getTaskService();
    management = test.engine.getManagementService();
  }

  @AfterAll
  static void stop() {
    test.close();
    smtp.stop();
  }

  @BeforeEach
  void startOfTheStory() {
    ClockUtil.setCurrentTime(at(START));
  }

  @AfterEach
  void cleanUp() throws Exception {
    ClockUtil.reset();
    runtime.createProcessInstanceQuery().list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test over"));
    test.update("delete from reminder_log");
    test.update("delete from notification");
    smtp.purgeEmailFromAllMailboxes();
    test.mailSender.setPort(smtp.getSmtp().getPort());
  }

  @Test
  void theBoardIsRemindedBeforeAndOnTheDueDateThenItsLeadersEveryTwoWorkingDaysUntilTheReviewIsDone()
      throws Exception {
    ProcessInstance registration = startRegistration("7");
    Task review = task(registration);
    assertThat(review.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 16, 9, 0)));

    runJobsAt(LocalDateTime.of(2026, 3, 11, 17, 0));
    assertThat(smtp.getReceivedMessages()).isEmpty();

    runJobsAt(LocalDateTime.of(2026, 3, 12, 7, 30)); // two working days before
    MimeMessage beforeDue = single(smtp.getReceivedMessages());
    assertThat(addresses(beforeDue)).containsExactly("head@xuantruong.demo.danvan.vn",
        "reviewer@xuantruong.demo.danvan.vn");
    assertThat(beforeDue.getSubject()).isEqualTo("[Nhắc việc] Còn 2 ngày làm việc đến hạn: Thẩm định hồ sơ đăng ký"
        + " – Dân vận khéo trong dồn điền đổi thửa (Xã Xuân Hồng)");
    assertThat(GreenMailUtil.getBody(beforeDue)).isNotBlank();
    assertThat(body(beforeDue)).contains("Kính gửi Ban Dân vận Huyện ủy", "trước hạn 16/03/2026",
        "còn 2 ngày làm việc", "Đăng ký mô hình, điển hình \"Dân vận khéo\"",
        "/camunda/app/tasklist/default/#/?task=" + review.getId());
    assertThat(beforeDue.getMessageID()).isEqualTo("<" + review.getId() + ".BEFORE_DUE.2026-03-12@danvan-workflow>");
    assertThat(test.rows("select recipient_user, recipient_group, kind, message from notification"))
        .singleElement().satisfies(row -> {
          assertThat(row).containsEntry("recipient_group", "ban-dan-van-huyen").containsEntry("kind", "BEFORE_DUE");
          assertThat(row.get("recipient_user")).isNull();
          assertThat((String) row.get("message")).startsWith("[Nhắc việc] Còn 2 ngày làm việc");
        });

    runJobsAt(LocalDateTime.of(2026, 3, 13, 12, 0));
    assertThat(smtp.getReceivedMessages()).hasSize(2);

    runJobsAt(LocalDateTime.of(2026, 3, 16, 7, 30)); // the due date
    assertThat(smtp.getReceivedMessages()).hasSize(4);
    assertThat(lastSubject()).isEqualTo("[Nhắc việc] Hôm nay đến hạn: Thẩm định hồ sơ đăng ký"
        + " – Dân vận khéo trong dồn điền đổi thửa (Xã Xuân Hồng)");

    runJobsAt(LocalDateTime.of(2026, 3, 17, 7, 30)); // one working day overdue: the board's leaders
    MimeMessage escalation = smtp.getReceivedMessages()[4];
    assertThat(smtp.getReceivedMessages()).hasSize(5);
    assertThat(addresses(escalation)).containsExactly("head@xuantruong.demo.danvan.vn");
    assertThat(escalation.getSubject()).isEqualTo("[Quá hạn] Thẩm định hồ sơ đăng ký – Dân vận khéo trong dồn điền"
        + " đổi thửa (Xã Xuân Hồng): quá hạn 1 ngày làm việc");
    assertThat(body(escalation)).contains("Kính gửi Lãnh đạo Ban Dân vận Huyện ủy",
        "Người, đơn vị đang xử lý: Ban Dân vận Huyện ủy", "Đề nghị đồng chí đôn đốc",
        "sau mỗi 2 ngày làm việc");

    runJobsAt(LocalDateTime.of(2026, 3, 18, 16, 0));
    assertThat(smtp.getReceivedMessages()).hasSize(5);
    runJobsAt(LocalDateTime.of(2026, 3, 19, 7, 30)); // and every two working days after
    assertThat(smtp.getReceivedMessages()).hasSize(6);
    assertThat(lastSubject()).endsWith("quá hạn 3 ngày làm việc");

    tasks.complete(review.getId(), Map.of("decision", "APPROVE"));
    assertThat(reminderJobs()).isEmpty();
    runJobsAt(LocalDateTime.of(2026, 4, 10, 9, 0));
    assertThat(smtp.getReceivedMessages()).hasSize(6);
    assertThat(test.rows("select kind, occurrence from reminder_log order by occurrence"))
        .extracting(row -> row.get("kind") + " " + row.get("occurrence"))
        .containsExactly("BEFORE_DUE 2026-03-12", "ON_DUE 2026-03-16", "ESCALATION 2026-03-17",
            "ESCALATION 2026-03-19");
    assertThat(test.rows("select recipient_group from notification where kind = 'ESCALATION'"))
        .extracting(row -> row.get("recipient_group")).containsOnly("lanh-dao-ban-dan-van-huyen").hasSize(2);
  }

  @Test
  void aClaimedTaskRemindsOnlyItsAssignee() throws Exception {
    ProcessInstance registration = startRegistration("8");
    tasks.claim(task(registration).getId(), "reviewer");

    runJobsAt(LocalDateTime.of(2026, 3, 12, 7, 30));

    assertThat(addresses(single(smtp.getReceivedMessages()))).containsExactly("reviewer@xuantruong.demo.danvan.vn");
    assertThat(body(smtp.getReceivedMessages()[0])).contains("Kính gửi Trần Thị Thẩm định");
    assertThat(test.rows("select recipient_user, recipient_group from notification")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("recipient_user", "reviewer"));
  }

  @Test
  void aReturnedRegistrationRemindsTheUnitOfItsOwnDeadlineAndTheReviewRemindersStop() throws Exception {
    ProcessInstance registration = startRegistration("9");
    ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 3, 4, 10, 0)));
    tasks.complete(task(registration).getId(), Map.of("decision", "RETURN", "missingOther", "Thiếu biên bản"));
    Task revise = task(registration);
    assertThat(revise.getTaskDefinitionKey()).isEqualTo("Task_ReviseRegistration");
    assertThat(revise.getDueDate()).isEqualTo(at(LocalDateTime.of(2026, 3, 18, 10, 0)));
    assertThat(reminderJobs()).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 3, 16, 7, 30))));

    runJobsAt(LocalDateTime.of(2026, 3, 16, 7, 30));

    MimeMessage reminder = single(smtp.getReceivedMessages());
    assertThat(addresses(reminder)).containsExactly("commune1@xuantruong.demo.danvan.vn");
    assertThat(reminder.getSubject()).startsWith("[Nhắc việc] Còn 2 ngày làm việc đến hạn: Bổ sung, hoàn thiện hồ sơ");
  }

  @Test
  void smtpDownRetriesWithBackOffKeepsNothingThenRaisesAnIncidentAndSendsOnceWhenBack() throws Exception {
    ProcessInstance registration = startRegistration("10");
    test.mailSender.setPort(closedPort());
    Job job = reminderJobs().get(0);

    int attempts = 0;
    while (job.getRetries() > 0) {
      ClockUtil.setCurrentTime(job.getDuedate());
      String jobId = job.getId();
      assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("Mail server connection failed");
      attempts++;
      Job failed = management.createJobQuery().jobId(jobId).singleResult();
      if (attempts == 1) {
        assertThat(failed.getDuedate()).isEqualTo(new Date(ClockUtil.getCurrentTime().getTime() + 60_000));
      }
      job = failed;
    }
    assertThat(attempts).isEqualTo(6); // PT1M,PT5M,PT15M,PT1H,PT4H between them
    assertThat(test.rows("select * from reminder_log")).isEmpty();
    assertThat(test.rows("select * from notification")).isEmpty();
    Incident incident = runtime.createIncidentQuery().processInstanceId(registration.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo("failedJob");
    assertThat(incident.getActivityId()).isEqualTo(REVIEW);
    assertThat(incident.getIncidentMessage()).contains("Mail server connection failed");

    test.mailSender.setPort(smtp.getSmtp().getPort());
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());

    assertThat(addresses(single(smtp.getReceivedMessages()))).hasSize(2);
    assertThat(runtime.createIncidentQuery().processInstanceId(registration.getId()).count()).isZero();
    assertThat(test.rows("select kind from reminder_log")).hasSize(1);
    assertThat(reminderJobs()).singleElement().satisfies(next -> assertThat(next.getDuedate())
        .isEqualTo(at(LocalDateTime.of(2026, 3, 16, 7, 30))));
  }

  @Test
  void aReminderRecordedBeforeByAnotherNodeOrARetryIsNotSentAgainAndTheNextIsStillScheduled() throws Exception {
    ProcessInstance registration = startRegistration("11");
    String taskId = task(registration).getId();
    test.update("insert into reminder_log (task_id, kind, occurrence, sent_at) values ('" + taskId
        + "', 'BEFORE_DUE', '2026-03-12', current_timestamp)");

    runJobsAt(LocalDateTime.of(2026, 3, 12, 7, 30));

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(test.rows("select * from notification")).isEmpty();
    assertThat(reminderJobs()).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 3, 16, 7, 30))));
  }

  @Test
  void movingTheDueDateMovesTheReminders() {
    ProcessInstance registration = startRegistration("12");
    Task review = task(registration);
    review.setDueDate(at(LocalDateTime.of(2026, 3, 27, 17, 0)));
    tasks.saveTask(review);

    assertThat(reminderJobs()).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 3, 25, 7, 30))));
  }

  @Test
  void aJobLeftOverAfterDowntimeSendsOnlyTheReminderInForceNotAStaleOne() throws Exception {
    startRegistration("13");

    runJobsAt(LocalDateTime.of(2026, 3, 17, 9, 0)); // the engine was down from 11/3 to 17/3

    MimeMessage only = single(smtp.getReceivedMessages());
    assertThat(only.getSubject()).endsWith("quá hạn 1 ngày làm việc");
    assertThat(reminderJobs()).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 3, 19, 7, 30))));
  }

  /**
   * A review started on any day that matters (support/TimeTravel) is due ten working days later at the same time;
   * its board is reminded at 07:30 two working days before and on the due day, and only then.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.danvan.workflow.support.TimeTravel#days")
  void onAnyDayTheRemindersComeAtHalfPastSevenOnWorkingDaysBeforeAndOnTheDueDay(TimeTravel.Day day)
      throws Exception {
    WorkingDayCalendar calendar = new WorkingDayCalendar("");
    day.set();
    Task review = task(startRegistration("7"));
    Date due = Date.from(calendar.plusWorkingDays(day.instant(), 10));
    assertThat(review.getDueDate()).isEqualTo(due);
    LocalDate dueDay = due.toInstant().atOffset(VIETNAM).toLocalDate();
    LocalDate before = calendar.minusWorkingDays(dueDay, 2);
    assertThat(calendar.isWorkingDay(dueDay) && calendar.isWorkingDay(before)).isTrue();
    assertThat(reminderJobs()).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at(before.atTime(7, 30))));

    runJobsAt(before.atTime(7, 29));
    assertThat(smtp.getReceivedMessages()).isEmpty();
    runJobsAt(before.atTime(7, 30));
    assertThat(single(smtp.getReceivedMessages()).getSubject()).startsWith("[Nhắc việc] Còn 2 ngày làm việc đến hạn");
    runJobsAt(dueDay.atTime(7, 29));
    assertThat(smtp.getReceivedMessages()).hasSize(2); // one message to the board's two members
    runJobsAt(dueDay.atTime(7, 30));
    assertThat(smtp.getReceivedMessages()).hasSize(4);
    assertThat(lastSubject()).startsWith("[Nhắc việc] Hôm nay đến hạn");
  }

  private ProcessInstance startRegistration(String modelId) {
    return runtime.startProcessInstanceByKey("model-registration", BusinessKey.model(Long.parseLong(modelId)), Map.of(
        "name", "Dân vận khéo trong dồn điền đổi thửa", "unitName", "Xã Xuân Hồng", "unitId", "xa-xuan-hong",
        "reviewerGroup", "ban-dan-van-huyen", "modelId", Long.valueOf(modelId)));
  }

  private static Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static List<Job> reminderJobs() {
    return management.createJobQuery().list().stream()
        .filter(job -> job.getId() != null && ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job)
            .getJobHandlerType().equals(ReminderJobHandler.TYPE))
        .toList();
  }

  private static void runJobsAt(LocalDateTime vietnamTime) {
    test.runJobsAt(at(vietnamTime));
  }

  private static Date at(LocalDateTime vietnamTime) {
    return Date.from(vietnamTime.atOffset(VIETNAM).toInstant());
  }

  /** GreenMail keeps one copy per recipient; a reminder to a group is one message to all its members. */
  private static MimeMessage single(MimeMessage[] received) throws MessagingException {
    assertThat(Arrays.stream(received).map(ReminderProcessTest::messageId).distinct()).hasSize(1);
    return received[0];
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> addresses(MimeMessage message) throws MessagingException {
    return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
  }

  private static String body(MimeMessage message) throws Exception {
    return (String) message.getContent();
  }

  private static String lastSubject() throws MessagingException {
    MimeMessage[] received = smtp.getReceivedMessages();
    return received[received.length - 1].getSubject();
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
