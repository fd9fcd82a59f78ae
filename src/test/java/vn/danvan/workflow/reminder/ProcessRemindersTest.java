package vn.danvan.workflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.danvan.workflow.directive.MemberInCharge;
import vn.danvan.workflow.directive.MemberInChargeRepository;
import vn.danvan.workflow.directive.MembersInCharge;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;

/**
 * The tasks that drew their own reminder timers before (in-app only, never escalated) now reminded by the policy:
 * the unit's self-assessment and the reviewers' adjustment (model-evaluation), the council's dossier review, the
 * chair's Giấy khen and the wait for the Bằng khen (model-reward), a unit's plan and periodic report
 * (directive-implementation, escalated to the member in charge of the unit after the directive's own limit). The
 * real BPMN files on the application's reminder engine, the clock moved day by day, delegates as no-ops that set
 * what the real ones would; e-mail to a real SMTP server (GreenMail), in-app notifications and the ledger in H2.
 */
class ProcessRemindersTest {

  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  private static final String LEADERS = ReminderTestEngine.LEADERS;
  private static final String BOARD = ReminderTestEngine.BOARD;
  private static final String HONG = ReminderTestEngine.COMMUNE;
  private static final String TAN = "xa-xuan-tan";
  private static final String COUNCIL = "hoi-dong-tdkt-huyen";
  private static final String CHAIR = "chu-tich-ubnd-huyen";
  private static final String PROVINCE_CHAIR = "chu-tich-ubnd-tinh";
  private static final String MODEL = "Dân vận khéo trong dồn điền đổi thửa";
  private static final String DIRECTIVE = "Chương trình hành động thực hiện Chỉ thị số 11-CT/TU";
  private static final List<String> FILES = List.of("model-evaluation.bpmn", "model-rating.dmn",
      "self-assess-model.form", "adjust-evaluation.form", "review-continuation.form", "model-reward.bpmn",
      "prepare-reward-dossier.form", "review-reward-dossier.form", "decide-reward.form", "record-upper-decision.form",
      "directive-implementation.bpmn", "submit-plan.form", "review-plan.form", "submit-report.form",
      "consolidate-reports.form");

  private static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  /** The variables the next "open reporting round" sets; none: no round left. */
  private static final AtomicReference<Map<String, Object>> nextRound = new AtomicReference<>();
  private static ReminderTestEngine test;
  private static RuntimeService runtime;
  private static TaskService tasks;
  private static ManagementService management;

  @BeforeAll
  static void startEngineAndMailServer() throws IOException {
    smtp.start();
    test = new ReminderTestEngine("process-reminders-test", smtp.getSmtp().getPort(),
        ReminderSettings.defaults(LEADERS), delegates());
    test.deploy(FILES.toArray(String[]::new));
    runtime = test.engine.getRuntimeService();
    tasks = test.engine.getTaskService();
    management = test.engine.getManagementService();
    IdentityService identity = test.engine.getIdentityService();
    ReminderTestEngine.group(identity, COUNCIL, "Hội đồng Thi đua - Khen thưởng huyện");
    ReminderTestEngine.group(identity, CHAIR, "Chủ tịch UBND huyện");
    ReminderTestEngine.group(identity, PROVINCE_CHAIR, "Chủ tịch UBND tỉnh");
    ReminderTestEngine.group(identity, TAN, "Xã Xuân Tân");
    ReminderTestEngine.user(identity, "council1", "Lê Văn", "Thư ký Hội đồng", COUNCIL);
    ReminderTestEngine.user(identity, "chair", "Vũ Văn", "Chủ tịch", CHAIR);
    ReminderTestEngine.user(identity, "commune2", "Hoàng Thị", "Cán bộ xã Xuân Tân", TAN);
    ReminderTestEngine.user(identity, "member1", "Đinh Văn", "Hùng");
  }

  @AfterAll
  static void stop() {
    test.close();
    smtp.stop();
  }

  @AfterEach
  void cleanUp() throws Exception {
    ClockUtil.reset();
    nextRound.set(null);
    runtime.createProcessInstanceQuery().list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test over"));
    test.update("delete from reminder_log");
    test.update("delete from notification");
    smtp.purgeEmailFromAllMailboxes();
  }

  // ---- model-reward --------------------------------------------------------------------------------------------

  @Test
  void theCouncilsDossierReviewIsRemindedAfterTetOnItsDueDateThenEscalatedEveryTwoWorkingDays() throws Exception {
    ClockUtil.setCurrentTime(at("2026-02-02T09:00"));
    ProcessInstance reward = startReward("21", false, CHAIR);
    ClockUtil.setCurrentTime(at("2026-02-12T10:00")); // Thursday; Tết Bính Ngọ is Monday 16/2 to Friday 20/2
    tasks.complete(task(reward).getId());
    Task review = task(reward);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewRewardDossier");
    // 5 working days: Friday 13/2, then (Tết and two weekends) Monday 23 to Thursday 26/2
    assertThat(review.getDueDate()).isEqualTo(at("2026-02-26T10:00"));
    assertThat(reminderJobs(review)).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2026-02-24T07:30")));

    runJobsAt("2026-02-20T10:00");
    assertThat(sent()).isEmpty();
    runJobsAt("2026-02-24T07:30"); // two working days before
    assertThat(sent()).containsExactly("BEFORE_DUE " + COUNCIL);
    MimeMessage beforeDue = smtp.getReceivedMessages()[0];
    assertThat(addresses(beforeDue)).containsExactly("council1@xuantruong.demo.danvan.vn");
    assertThat(beforeDue.getSubject()).isEqualTo("[Nhắc việc] Còn 2 ngày làm việc đến hạn: Hội đồng TĐKT xét hồ sơ – "
        + MODEL + " (Xã Xuân Hồng)");
    runJobsAt("2026-02-26T07:30");
    runJobsAt("2026-02-27T07:30"); // one working day overdue: the leaders of the Ban Dân vận
    runJobsAt("2026-03-02T16:00");
    runJobsAt("2026-03-03T07:30"); // and every two working days after

    assertThat(sent()).containsExactly("BEFORE_DUE " + COUNCIL, "ON_DUE " + COUNCIL, "ESCALATION " + LEADERS,
        "ESCALATION " + LEADERS);
    assertThat(ledger()).containsExactly("BEFORE_DUE 2026-02-24", "ON_DUE 2026-02-26", "ESCALATION 2026-02-27",
        "ESCALATION 2026-03-03");
    assertThat(smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1].getSubject())
        .isEqualTo("[Quá hạn] Hội đồng TĐKT xét hồ sơ – " + MODEL + " (Xã Xuân Hồng): quá hạn 3 ngày làm việc");

    tasks.complete(review.getId(), Map.of("decision", "REFUSE"));
    assertThat(reminderJobs(review)).isEmpty();
  }

  @Test
  void theChairIsRemindedTwoWorkingDaysBeforeTheGiayKhenIsDue() throws Exception {
    ClockUtil.setCurrentTime(at("2027-01-04T09:00"));
    ProcessInstance reward = startReward("22", false, CHAIR);
    tasks.complete(task(reward).getId());
    tasks.complete(task(reward).getId(), Map.of("decision", "APPROVE"));
    Task decide = task(reward);
    assertThat(decide.getTaskDefinitionKey()).isEqualTo("Task_DecideReward");
    assertThat(decide.getDueDate()).isEqualTo(at("2027-01-13T09:00"));
    assertThat(reminderJobs(decide)).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2027-01-11T07:30")));

    runJobsAt("2027-01-11T07:30");

    assertThat(sent()).containsExactly("BEFORE_DUE " + CHAIR);
    assertThat(reminderJobs(decide)).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2027-01-13T07:30")));
  }

  @Test
  void theCouncilIsRemindedToChaseTheProvinceTwentyWorkingDaysInPastTheAprilHolidays() {
    ClockUtil.setCurrentTime(at("2026-03-30T09:00"));
    ProcessInstance reward = startReward("23", true, PROVINCE_CHAIR);
    tasks.complete(task(reward).getId());
    ClockUtil.setCurrentTime(at("2026-04-06T09:00"));
    tasks.complete(task(reward).getId(), Map.of("decision", "APPROVE"));
    Task upper = task(reward);
    assertThat(upper.getTaskDefinitionKey()).isEqualTo("Task_RecordUpperDecision");
    assertThat(upper.getDueDate()).isEqualTo(at("2026-06-04T09:00")); // 40 working days
    // 20 working days in (Giỗ Tổ, observed Monday 27/4, 30/4 and 1/5 not counted): 20 before the due date
    assertThat(reminderJobs(upper)).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2026-05-07T07:30")));

    runJobsAt("2026-05-06T17:00");
    assertThat(sent()).isEmpty();
    runJobsAt("2026-05-07T07:30");

    assertThat(sent()).containsExactlyInAnyOrder("BEFORE_DUE " + COUNCIL, "BEFORE_DUE " + PROVINCE_CHAIR);
    assertThat(test.rows("select message from notification")).extracting(row -> (String) row.get("message"))
        .allSatisfy(message -> assertThat(message).startsWith(
            "[Nhắc việc] Còn 20 ngày làm việc đến hạn: Ghi nhận kết quả cấp trên"));
    assertThat(reminderJobs(upper)).singleElement() // and again two working days before
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2026-06-02T07:30")));
  }

  // ---- model-evaluation ----------------------------------------------------------------------------------------

  @Test
  void theUnitIsRemindedThreeWorkingDaysBeforeItsSelfAssessmentIsDueAndItsLeadersToldOnceBeforeTheBoardScoresAlone()
      throws Exception {
    ClockUtil.setCurrentTime(at("2026-11-16T08:00"));
    ProcessInstance evaluation = startEvaluation("31");
    Task selfAssess = task(evaluation);
    assertThat(selfAssess.getDueDate()).isEqualTo(at("2026-11-30T08:00"));

    runJobsAt("2026-11-24T17:00");
    assertThat(sent()).isEmpty();
    runJobsAt("2026-11-25T07:30"); // Monday 30/11 less three working days
    assertThat(sent()).containsExactly("BEFORE_DUE " + HONG);
    assertThat(smtp.getReceivedMessages()[0].getSubject())
        .isEqualTo("[Nhắc việc] Còn 3 ngày làm việc đến hạn: Tự đánh giá, kèm minh chứng – " + MODEL
            + " (Xã Xuân Hồng)");
    runJobsAt("2026-11-30T07:30");
    runJobsAt("2026-12-01T07:30");
    assertThat(sent()).containsExactly("BEFORE_DUE " + HONG, "ON_DUE " + HONG, "ESCALATION " + LEADERS);
    assertThat(reminderJobs(selfAssess)).as("escalated once").isEmpty();

    runJobsAt("2026-12-03T08:00"); // three working days overdue: the board scores without the unit
    assertThat(task(evaluation).getTaskDefinitionKey()).isEqualTo("Task_AdjustScores");
    assertThat(ledger()).containsExactly("BEFORE_DUE 2026-11-25", "ON_DUE 2026-11-30", "ESCALATION 2026-12-01");
  }

  @Test
  void theReviewersAreRemindedTwoWorkingDaysBeforeTheAdjustmentIsDue() {
    ClockUtil.setCurrentTime(at("2026-11-16T08:00"));
    ProcessInstance evaluation = startEvaluation("32");
    ClockUtil.setCurrentTime(at("2026-11-27T14:00"));
    tasks.complete(task(evaluation).getId());
    Task adjust = task(evaluation);
    assertThat(adjust.getDueDate()).isEqualTo(at("2026-12-08T14:00"));
    // Tuesday 8/12 less two working days is Friday 4/12, across the weekend
    assertThat(reminderJobs(adjust)).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2026-12-04T07:30")));

    runJobsAt("2026-12-04T07:30");

    assertThat(sent()).containsExactly("BEFORE_DUE " + BOARD);
    assertThat(addresses(smtp.getReceivedMessages()[0])).containsExactly("head@xuantruong.demo.danvan.vn",
        "reviewer@xuantruong.demo.danvan.vn");
  }

  // ---- directive-implementation ---------------------------------------------------------------------------------

  @Test
  void aLatePlanIsEscalatedOnceToTheMemberInChargeOfItsUnitAfterTheDirectivesLimit() throws Exception {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
    ProcessInstance directive = startDirective(List.of(HONG, TAN));
    List<Task> plans = tasks.createTaskQuery().processInstanceId(directive.getId())
        .taskDefinitionKey("Task_SubmitPlan").list();
    assertThat(plans).hasSize(2).allSatisfy(plan -> assertThat(plan.getDueDate()).isEqualTo(at("2026-03-31T23:59")));

    runJobsAt("2026-03-27T07:30"); // Tuesday 31/3 less two working days
    assertThat(sent()).containsExactlyInAnyOrder("BEFORE_DUE " + HONG, "BEFORE_DUE " + TAN);
    assertThat(test.rows("select message from notification")).extracting(row -> (String) row.get("message"))
        .contains("[Nhắc việc] Còn 2 ngày làm việc đến hạn: Xây dựng, gửi kế hoạch thực hiện – " + DIRECTIVE
            + " (Xã Xuân Hồng)");
    runJobsAt("2026-03-31T07:30");
    runJobsAt("2026-04-02T16:00");
    assertThat(sent()).filteredOn(line -> line.startsWith("ESCALATION")).isEmpty();
    smtp.purgeEmailFromAllMailboxes();

    runJobsAt("2026-04-03T07:30"); // three working days (the directive's limit) after Tuesday 31/3

    // Xuân Hồng has its own member in charge; Xuân Tân falls back to the one of the district
    assertThat(sent()).filteredOn(line -> line.startsWith("ESCALATION"))
        .containsExactlyInAnyOrder("ESCALATION member1", "ESCALATION head");
    MimeMessage toMember = Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> addresses(message).contains("member1@xuantruong.demo.danvan.vn")).findFirst()
        .orElseThrow();
    assertThat(addresses(toMember)).containsExactly("member1@xuantruong.demo.danvan.vn");
    assertThat(toMember.getSubject()).isEqualTo("[Quá hạn] Xây dựng, gửi kế hoạch thực hiện – " + DIRECTIVE
        + " (Xã Xuân Hồng): quá hạn 3 ngày làm việc");
    assertThat((String) toMember.getContent()).contains("Kính gửi Đinh Văn Hùng",
        "Người, đơn vị đang xử lý: Xã Xuân Hồng", "Đề nghị đồng chí đôn đốc").doesNotContain("báo lại sau mỗi");
    plans.forEach(plan -> assertThat(reminderJobs(plan)).as("escalated once").isEmpty());
    runJobsAt("2026-04-30T09:00");
    assertThat(sent()).hasSize(6);
  }

  @Test
  void aPlanSentBeforeTheDeadlineStopsItsRemindersOnly() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
    ProcessInstance directive = startDirective(List.of(HONG, TAN));
    Task hong = plan(directive, HONG);
    Task tan = plan(directive, TAN);

    tasks.complete(hong.getId());

    assertThat(reminderJobs(hong)).isEmpty();
    assertThat(reminderJobs(tan)).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2026-03-27T07:30")));
  }

  @Test
  void aLateReportIsEscalatedToTheMemberInChargeAfterTheDirectivesLimitInWorkingDays() {
    ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
    Map<String, Object> round = new HashMap<>();
    round.put("period", "2026-Q1");
    round.put("periodName", "quý I năm 2026");
    round.put("reportOpensAt", at("2026-03-01T07:00"));
    round.put("reportDueAt", at("2026-03-20T23:59"));
    round.put("reportEscalateAfter", 3);
    round.put("consolidateAt", at("2026-03-31T23:59"));
    round.put("reportingUnits", List.of(TAN));
    nextRound.set(round);
    ProcessInstance directive = startDirective(List.of());
    runJobsAt("2026-03-02T09:00"); // the round opens
    Task report = task(directive);
    assertThat(report.getTaskDefinitionKey()).isEqualTo("Task_SubmitReport");

    runJobsAt("2026-03-18T07:30");
    runJobsAt("2026-03-20T07:30");
    runJobsAt("2026-03-24T16:00");
    assertThat(sent()).containsExactly("BEFORE_DUE " + TAN, "ON_DUE " + TAN);
    runJobsAt("2026-03-25T07:30"); // Monday 23, Tuesday 24, Wednesday 25

    assertThat(sent()).containsExactly("BEFORE_DUE " + TAN, "ON_DUE " + TAN, "ESCALATION head");
    assertThat(test.rows("select message from notification where kind = 'ESCALATION'")).singleElement()
        .satisfies(row -> assertThat((String) row.get("message")).isEqualTo(
            "[Quá hạn] Gửi báo cáo kỳ – " + DIRECTIVE + " (Xã Xuân Tân): quá hạn 3 ngày làm việc"));
    assertThat(reminderJobs(report)).isEmpty();
  }

  // ---- the processes' delegates and people ------------------------------------------------------------------------

  /** No-op delegates for every one the three diagrams name, except those that set what the reminders read. */
  private static Map<String, Object> delegates() throws IOException {
    Map<String, Object> beans = new HashMap<>();
    JavaDelegate nothing = execution -> { };
    Pattern delegate = Pattern.compile("\\$\\{(\\w+Delegate)}");
    for (String file : FILES) {
      Matcher named = delegate.matcher(Files.readString(Path.of("processes", file)));
      while (named.find()) {
        beans.put(named.group(1), nothing);
      }
    }
    Map<String, String> unitNames = Map.of(HONG, "Xã Xuân Hồng", TAN, "Xã Xuân Tân");
    JavaDelegate nameTheUnit = execution -> execution.setVariable("unitName",
        unitNames.get((String) execution.getVariable("unitId")));
    beans.put("assignPlanDelegate", nameTheUnit);
    beans.put("openUnitReportDelegate", nameTheUnit);
    beans.put("openReportingRoundDelegate", (JavaDelegate) execution -> {
      Map<String, Object> round = nextRound.getAndSet(null);
      execution.setVariable("hasRound", round != null);
      if (round != null) {
        execution.setVariables(round);
      }
    });

    MemberInChargeRepository members = mock(MemberInChargeRepository.class);
    when(members.findById(anyString())).thenReturn(Optional.empty());
    when(members.findById(HONG)).thenReturn(Optional.of(
        new MemberInCharge(HONG, "member1", "Đinh Văn Hùng", "Ủy viên BTV phụ trách cụm 1")));
    when(members.findById("huyen-xuan-truong")).thenReturn(Optional.of(
        new MemberInCharge("huyen-xuan-truong", "head", "Nguyễn Văn Trưởng ban", "Trưởng Ban Dân vận Huyện ủy")));
    UnitRepository units = mock(UnitRepository.class);
    when(units.findById(anyString())).thenReturn(Optional.empty());
    when(units.findById(HONG)).thenReturn(Optional.of(
        new Unit(HONG, "Xã Xuân Hồng", UnitKind.COMMUNE, "huyen-xuan-truong")));
    when(units.findById(TAN)).thenReturn(Optional.of(
        new Unit(TAN, "Xã Xuân Tân", UnitKind.COMMUNE, "huyen-xuan-truong")));
    beans.put("membersInCharge", new MembersInCharge(members, units));
    return beans;
  }

  private static ProcessInstance startReward(String modelId, boolean forwarded, String grantorGroup) {
    return runtime.startProcessInstanceByKey("model-reward", modelId, Map.of("name", MODEL,
        "unitName", "Xã Xuân Hồng", "unitId", HONG, "modelId", Long.valueOf(modelId), "councilGroup", COUNCIL,
        "forwarded", forwarded, "grantorGroup", grantorGroup));
  }

  private static ProcessInstance startEvaluation(String modelId) {
    return runtime.startProcessInstanceByKey("model-evaluation", modelId, Map.of("name", MODEL,
        "unitName", "Xã Xuân Hồng", "unitId", HONG, "modelId", Long.valueOf(modelId), "reviewerGroups", BOARD));
  }

  /** Plans due Tuesday 31/3/2026; the directive escalates 3 working days after a due date (its default). */
  private static ProcessInstance startDirective(List<String> units) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("directiveId", 1L);
    variables.put("directiveTitle", DIRECTIVE);
    variables.put("boardGroup", BOARD);
    variables.put("assignedUnits", units);
    variables.put("planDueAt", at("2026-03-31T23:59"));
    variables.put("planEscalateAfter", 3);
    return runtime.startProcessInstanceByKey("directive-implementation", "1", variables);
  }

  private static Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static Task plan(ProcessInstance directive, String unit) {
    return tasks.createTaskQuery().processInstanceId(directive.getId()).taskDefinitionKey("Task_SubmitPlan")
        .taskCandidateGroup(unit).singleResult();
  }

  /** The task's pending reminder jobs. */
  private static List<Job> reminderJobs(Task task) {
    return management.createJobQuery().processInstanceId(task.getProcessInstanceId()).list().stream()
        .filter(job -> ReminderJobHandler.TYPE.equals(((JobEntity) job).getJobHandlerType()))
        .filter(job -> ((JobEntity) job).getJobHandlerConfigurationRaw().startsWith(task.getId() + "|"))
        .toList();
  }

  /** The in-app notifications left, in order: "KIND recipient". */
  private static List<String> sent() {
    return test.rows("select kind, recipient_user, recipient_group from notification order by id").stream()
        .map(row -> row.get("kind") + " " + (row.get("recipient_user") != null ? row.get("recipient_user")
            : row.get("recipient_group")))
        .toList();
  }

  private static List<String> ledger() {
    return test.rows("select kind, occurrence from reminder_log order by occurrence, kind").stream()
        .map(row -> row.get("kind") + " " + row.get("occurrence")).toList();
  }

  private static void runJobsAt(String vietnamTime) {
    test.runJobsAt(at(vietnamTime));
  }

  private static Date at(String vietnamTime) {
    return Date.from(LocalDateTime.parse(vietnamTime).atOffset(VIETNAM).toInstant());
  }

  private static List<String> addresses(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
