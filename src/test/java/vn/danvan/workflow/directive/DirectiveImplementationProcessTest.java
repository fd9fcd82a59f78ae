package vn.danvan.workflow.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.danvan.workflow.support.Refusals.assertRefused;
import static vn.danvan.workflow.support.VietnamClock.at;
import static vn.danvan.workflow.support.VietnamClock.dueTimers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.notification.Notification;
import vn.danvan.workflow.notification.NotificationKind;
import vn.danvan.workflow.notification.NotificationRepository;
import vn.danvan.workflow.notification.Notifications;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.report.Report;
import vn.danvan.workflow.report.ReportScope;
import vn.danvan.workflow.report.Reports;
import vn.danvan.workflow.support.ProcessTestEngine;
import vn.danvan.workflow.support.Saves;
import vn.danvan.workflow.support.TimeTravel;
import vn.danvan.workflow.support.VietnamClock;

/**
 * Every path of processes/directive-implementation.bpmn with the real delegates over in-memory repositories:
 * plans accepted and returned; a quarter's reports on time and late; consolidation with and without the late
 * units; the end after the last annual report. Limits are the defaults, in working days: escalation 3 and
 * consolidation 7 after a due date; a due day off moves to the next working day. The reminders and the
 * escalation to the member in charge come from the reminder policy (reminder/ProcessRemindersTest).
 */
@Deployment(resources = {"processes/directive-implementation.bpmn", "processes/submit-plan.form",
    "processes/review-plan.form", "processes/submit-report.form", "processes/consolidate-reports.form"})
class DirectiveImplementationProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = new ProcessTestEngine();

  private static final String HONG = "xa-xuan-hong";
  private static final String TAN = "xa-xuan-tan";
  private static final String BOARD = "ban-dan-van-huyen";
  private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar("");

  private final DirectiveRepository directives = mock(DirectiveRepository.class);
  private final AssignmentRepository assignments = mock(AssignmentRepository.class);
  private final UnitReportRepository unitReports = mock(UnitReportRepository.class);
  private final ConsolidatedReportRepository consolidated = mock(ConsolidatedReportRepository.class);
  private final UnitRepository units = mock(UnitRepository.class);
  private final NotificationRepository notificationRepository = mock(NotificationRepository.class);
  private final Reports reports = mock(Reports.class);

  private final List<Assignment> assigned = new ArrayList<>();
  private final List<UnitReport> rows = new ArrayList<>();
  private final List<ConsolidatedReport> sent = new ArrayList<>();
  private final List<Notification> notifications = new ArrayList<>();
  private Directive directive;

  @BeforeEach
  void wireDelegates() {
    directive = new Directive(null, LocalDate.of(2026, 2, 20), "ban-thuong-vu-huyen", BOARD,
        "Chương trình hành động thực hiện Chỉ thị số 11-CT/TU", null, "head")
        .followedUp(LocalDate.of(2026, 3, 31), 2026, 2026, 20, Directives.ESCALATE_AFTER,
            Directives.CONSOLIDATE_AFTER, List.of("ban-thuong-vu-huyen", "ban-dan-van-tinh"));
    ReflectionTestUtils.setField(directive, "id", 1L);
    when(directives.findById(1L)).thenReturn(Optional.of(directive));
    assigned.add(new Assignment(1L, HONG));
    assigned.add(new Assignment(1L, TAN));
    when(assignments.findByDirectiveIdOrderByUnitId(1L)).thenReturn(assigned);
    when(assignments.findByDirectiveIdAndUnitId(anyLong(), anyString())).thenAnswer(call -> assigned.stream()
        .filter(a -> a.getUnitId().equals(call.getArgument(1))).findFirst());
    when(assignments.of(anyLong(), anyString())).thenCallRealMethod();
    when(unitReports.save(any())).thenAnswer(Saves.into(rows));
    when(unitReports.findByDirectiveIdAndUnitIdAndPeriod(anyLong(), anyString(), anyString())).thenAnswer(call ->
        rows.stream().filter(r -> r.getUnitId().equals(call.getArgument(1))
            && r.getPeriod().equals(call.getArgument(2))).findFirst());
    when(unitReports.findByDirectiveIdAndPeriod(anyLong(), anyString())).thenAnswer(call ->
        rows.stream().filter(r -> r.getPeriod().equals(call.getArgument(1))).toList());
    when(consolidated.save(any())).thenAnswer(Saves.into(sent));
    when(notificationRepository.save(any())).thenAnswer(Saves.into(notifications));
    Map<String, Unit> unitsById = Map.of(
        "huyen-xuan-truong", new Unit("huyen-xuan-truong", "Huyện Xuân Trường", UnitKind.DISTRICT, null),
        HONG, new Unit(HONG, "Xã Xuân Hồng", UnitKind.COMMUNE, "huyen-xuan-truong"),
        TAN, new Unit(TAN, "Xã Xuân Tân", UnitKind.COMMUNE, "huyen-xuan-truong"),
        "ban-thuong-vu-huyen", new Unit("ban-thuong-vu-huyen", "Ban Thường vụ Huyện ủy", UnitKind.PARTY_BODY,
            "huyen-xuan-truong"),
        "ban-dan-van-tinh", new Unit("ban-dan-van-tinh", "Ban Dân vận Tỉnh ủy Nam Định", UnitKind.PARTY_BODY, null));
    when(units.findById(anyString())).thenAnswer(call -> Optional.ofNullable(unitsById.get(call.getArgument(0))));
    when(units.findAllById(any())).thenAnswer(call -> ((Collection<?>) call.getArgument(0)).stream()
        .map(unitsById::get).filter(java.util.Objects::nonNull).toList());
    when(reports.scopeFor(any(), anyBoolean())).thenReturn(new ReportScope("Huyện Xuân Trường", java.util.Set.of()));
    when(reports.build(any(), any(), any())).thenAnswer(call -> emptyReport());
    when(reports.pdf(any())).thenReturn("%PDF-1.7 test".getBytes());

    Mocks.register("assignPlanDelegate", new AssignPlanDelegate(units, new Notifications(notificationRepository)));
    Mocks.register("recordPlanDelegate", new RecordPlanDelegate(assignments));
    Mocks.register("acceptPlanDelegate", new AcceptPlanDelegate(assignments));
    Mocks.register("returnPlanDelegate", new ReturnPlanDelegate(assignments));
    Mocks.register("openReportingRoundDelegate", new OpenReportingRoundDelegate(directives, assignments, CALENDAR, units));
    Mocks.register("openUnitReportDelegate", new OpenUnitReportDelegate(unitReports, units));
    Mocks.register("recordUnitReportDelegate", new RecordUnitReportDelegate(unitReports));
    Mocks.register("draftConsolidatedReportDelegate", new DraftConsolidatedReportDelegate(unitReports, units));
    Mocks.register("sendConsolidatedReportDelegate",
        new SendConsolidatedReportDelegate(directives, consolidated, units, reports, new Notifications(notificationRepository)));
  }

  // ---- plans -------------------------------------------------------------------------------------------------

  @Test
  void eachAssignedUnitGetsAPlanTaskDueOnThePlanDeadlineAndIsTold() {
    ProcessInstance pi = start("2026-03-02T09:00");

    List<Task> plans = tasks(pi, "Task_SubmitPlan");
    assertThat(plans).hasSize(2);
    assertThat(candidateGroups(plans)).containsExactlyInAnyOrder(HONG, TAN);
    assertThat(plans).allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(at("2026-03-31T23:59")));
    assertThat(engine.getTaskService().getVariable(plan(pi, HONG).getId(), "unitName")).isEqualTo("Xã Xuân Hồng");
    assertThat(notifications).extracting(Notification::getRecipientGroup).containsExactlyInAnyOrder(HONG, TAN);
    assertThat(notifications.get(0).getKind()).isEqualTo(NotificationKind.ASSIGNMENT);
    assertThat(notifications.get(0).getMessage()).contains("Chỉ thị số 11-CT/TU", "31/03/2026");
    // the plan tasks' reminder.escalateAfter: the directive's 3 working days
    assertThat(runtimeService().getVariable(pi.getId(), "planEscalateAfter")).isEqualTo(3);
  }

  @Test
  void acceptedPlanIsRecordedAndEndsThatUnitsPlanning() {
    ProcessInstance pi = start("2026-03-02T09:00");
    VietnamClock.set("2026-03-10T15:00");

    complete(plan(pi, HONG), withVariables("planNumber", "15-KH/ĐU", "planSummary", "Quán triệt đến 100% chi bộ"));
    Task review = tasks(pi, "Task_ReviewPlan").get(0);
    BpmnAwareTests.assertThat(review).hasCandidateGroup(BOARD);
    assertThat(review.getDueDate()).isEqualTo(at("2026-03-19T15:00")); // 7 working days from Tuesday 10/3
    assertThat(engine.getTaskService().getVariable(review.getId(), "planSummary"))
        .isEqualTo("Quán triệt đến 100% chi bộ");
    assertThat(assignment(HONG).getPlanStatus()).isEqualTo(PlanStatus.SUBMITTED);
    // the other unit's plan task does not see Xuân Hồng's plan
    assertThat(engine.getTaskService().getVariable(plan(pi, TAN).getId(), "planSummary")).isNull();

    complete(review, withVariables("planDecision", "ACCEPT"));

    assertThat(assignment(HONG).getPlanStatus()).isEqualTo(PlanStatus.ACCEPTED);
    assertThat(assignment(HONG).getPlanNumber()).isEqualTo("15-KH/ĐU");
    assertThat(assignment(HONG).getPlanSubmittedAt()).isEqualTo(at("2026-03-10T15:00").toInstant());
    assertThat(assignment(HONG).getPlanAcceptedAt()).isEqualTo(at("2026-03-10T15:00").toInstant());
    assertThat(tasks(pi, "Task_SubmitPlan")).extracting(this::unitOf).containsExactly(TAN);
    BpmnAwareTests.assertThat(pi).hasPassed("Task_AcceptPlan", "End_PlanAccepted");
  }

  @Test
  void returnedPlanGoesBackToTheUnitWithTheReasonThenIsAccepted() {
    ProcessInstance pi = start("2026-03-02T09:00");
    complete(plan(pi, HONG), withVariables("planNumber", "15-KH/ĐU", "planSummary", "Bản đầu"));
    complete(tasks(pi, "Task_ReviewPlan").get(0), withVariables("planDecision", "RETURN",
        "returnReason", "Chưa phân công người phụ trách từng nhiệm vụ"));

    assertThat(assignment(HONG).getPlanStatus()).isEqualTo(PlanStatus.RETURNED);
    assertThat(assignment(HONG).getReturnReason()).isEqualTo("Chưa phân công người phụ trách từng nhiệm vụ");
    Task revise = plan(pi, HONG);
    assertThat(engine.getTaskService().getVariable(revise.getId(), "returnReason"))
        .isEqualTo("Chưa phân công người phụ trách từng nhiệm vụ");

    VietnamClock.set("2026-03-20T10:00");
    complete(revise, withVariables("planSummary", "Bản sửa: phân công từng đồng chí"));
    complete(tasks(pi, "Task_ReviewPlan").get(0), withVariables("planDecision", "ACCEPT"));

    assertThat(assignment(HONG).getPlanStatus()).isEqualTo(PlanStatus.ACCEPTED);
    assertThat(assignment(HONG).getPlanSummary()).isEqualTo("Bản sửa: phân công từng đồng chí");
    assertThat(assignment(HONG).getReturnReason()).isNull();
    // first sent on 02/03: on time although accepted after a return
    assertThat(assignment(HONG).getPlanSubmittedAt()).isEqualTo(at("2026-03-02T09:00").toInstant());
    BpmnAwareTests.assertThat(pi).hasPassed("Task_ReturnPlan", "Task_AcceptPlan");
  }

  @Test
  void aPlanReturnedWithoutItsReasonIsRefused() {
    ProcessInstance pi = start("2026-03-02T09:00");
    complete(plan(pi, HONG), withVariables("planNumber", "15-KH/ĐU", "planSummary", "Bản đầu"));
    Task review = tasks(pi, "Task_ReviewPlan").get(0);

    assertRefused(() -> complete(review, withVariables("planDecision", "RETURN", "returnReason", "")),
        "returnReason", "step.reason-required");
    assertThat(tasks(pi, "Task_ReviewPlan")).extracting(Task::getId).containsExactly(review.getId());
    assertThat(assignment(HONG).getPlanStatus()).isEqualTo(PlanStatus.SUBMITTED);
  }

  // ---- periodic reports --------------------------------------------------------------------------------------

  @Test
  void theFirstRoundIsTheQuarterNotYetConsolidatedAndOpensOnTheFirstOfItsLastMonth() {
    ProcessInstance pi = start("2026-02-10T09:00");
    BpmnAwareTests.assertThat(pi).isWaitingAt("Timer_RoundOpens");
    assertThat(runtimeService().getVariable(pi.getId(), "period")).isEqualTo("2026-Q1");
    assertThat(timers("Timer_RoundOpens")).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2026-03-01T07:00")));
    assertThat(tasks(pi, "Task_SubmitReport")).isEmpty();
  }

  @Test
  void quarterReportsOnTimeAreConsolidatedAndSentWithTheDocument() {
    ProcessInstance pi = start("2026-03-02T09:00");
    openRound();

    List<Task> due = tasks(pi, "Task_SubmitReport");
    assertThat(candidateGroups(due)).containsExactlyInAnyOrder(HONG, TAN);
    assertThat(due).allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(at("2026-03-20T23:59")));
    assertThat(rows).extracting(UnitReport::getPeriod, UnitReport::getDueOn)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("2026-Q1", LocalDate.of(2026, 3, 20)));

    VietnamClock.set("2026-03-18T10:00");
    complete(report(pi, HONG), withVariables("results", "Xây dựng 2 mô hình mới", "difficulties", "Thiếu kinh phí"));
    complete(report(pi, TAN), withVariables("results", "Nhân rộng mô hình dồn điền đổi thửa"));

    assertThat(row(HONG).getResults()).isEqualTo("Xây dựng 2 mô hình mới");
    assertThat(row(HONG).getDifficulties()).isEqualTo("Thiếu kinh phí");
    assertThat(row(TAN).getSubmittedAt()).isEqualTo(at("2026-03-18T10:00").toInstant());
    Task consolidate = tasks(pi, "Task_ConsolidateReports").get(0);
    BpmnAwareTests.assertThat(consolidate).hasCandidateGroup(BOARD);
    assertThat(consolidate.getDueDate()).isEqualTo(at("2026-03-23T10:00")); // Thu 19, Fri 20, Mon 23
    Map<String, Object> prepared = engine.getTaskService().getVariables(consolidate.getId());
    assertThat(prepared).containsEntry("reportsOnTime", 2L).containsEntry("reportsLate", 0L)
        .containsEntry("reportsMissing", 0L).containsEntry("missingUnits", "Không có")
        .containsEntry("reportPdfUrl", "/api/reports/2026-Q1?format=pdf")
        .containsEntry("reportXlsxUrl", "/api/reports/2026-Q1?format=xlsx")
        .containsEntry("periodLabel", "Quý I năm 2026");

    VietnamClock.set("2026-03-27T16:00");
    complete(consolidate, withVariables("documentNumber", "45-BC/BDVHU", "assessment", "Các đơn vị thực hiện tốt"));

    assertThat(sent).singleElement().satisfies(report -> {
      assertThat(report.getPeriod()).isEqualTo("2026-Q1");
      assertThat(report.getDocumentNumber()).isEqualTo("45-BC/BDVHU");
      assertThat(report.getAssessment()).isEqualTo("Các đơn vị thực hiện tốt");
      assertThat(report.getSentAt()).isEqualTo(at("2026-03-27T16:00").toInstant());
      assertThat(report.getRecipients()).isEqualTo("Ban Thường vụ Huyện ủy; Ban Dân vận Tỉnh ủy Nam Định");
      assertThat(new String(report.getDocumentPdf())).startsWith("%PDF");
    });
    assertThat(notifications).filteredOn(n -> n.getKind() == NotificationKind.REPORT)
        .extracting(Notification::getRecipientGroup).containsExactly("ban-thuong-vu-huyen", "ban-dan-van-tinh");
    assertThat(notifications).filteredOn(n -> n.getKind() == NotificationKind.REPORT).first()
        .satisfies(n -> assertThat(n.getMessage()).contains("45-BC/BDVHU", "Quý I năm 2026",
            "/api/directives/1/reports/2026-Q1/document"));
    // the next round waits for its own time, with an empty consolidation form
    BpmnAwareTests.assertThat(pi).isWaitingAt("Timer_RoundOpens");
    assertThat(runtimeService().getVariable(pi.getId(), "period")).isEqualTo("2026-Q2");
    assertThat(runtimeService().getVariable(pi.getId(), "documentNumber")).isNull();
  }

  @Test
  void aReportDueOnASaturdayIsDueOnMondayAndItsEscalationAndConsolidationCountWorkingDaysFromThere() {
    ProcessInstance pi = start("2026-05-04T09:00");
    assertThat(runtimeService().getVariable(pi.getId(), "period")).isEqualTo("2026-Q2");
    VietnamClock.set("2026-06-01T07:00");
    openRound();

    // 20/6/2026 is a Saturday: the time limit ends with Monday 22/6
    assertThat(tasks(pi, "Task_SubmitReport")).hasSize(2)
        .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(at("2026-06-22T23:59")));
    assertThat(rows).extracting(UnitReport::getDueOn).containsOnly(LocalDate.of(2026, 6, 22));
    // the report tasks' reminder.escalateAfter: 3 working days after Monday 22/6, Thursday 25/6
    assertThat(runtimeService().getVariable(pi.getId(), "reportEscalateAfter")).isEqualTo(3);
    assertThat(runtimeService().getVariable(pi.getId(), "reportEscalateAt")).isEqualTo(at("2026-06-25T23:59"));
    assertThat(timers("Timer_ConsolidationDue")).singleElement().satisfies(job -> assertThat(job.getDuedate())
        .isEqualTo(at("2026-07-01T23:59")));

    VietnamClock.set("2026-06-22T16:00");
    complete(report(pi, HONG), withVariables("results", "Gửi thứ Hai, vẫn đúng hạn"));
    VietnamClock.set("2026-06-25T16:00");
    complete(report(pi, TAN), withVariables("results", "Gửi chậm ba ngày làm việc"));

    assertThat(engine.getTaskService().getVariables(tasks(pi, "Task_ConsolidateReports").get(0).getId()))
        .containsEntry("reportsOnTime", 1L).containsEntry("reportsLate", 1L);
  }

  @Test
  void lateQuarterReportIsCountedLate() {
    ProcessInstance pi = start("2026-03-02T09:00");
    openRound();
    VietnamClock.set("2026-03-19T10:00");
    complete(report(pi, HONG), withVariables("results", "Đúng hạn"));

    VietnamClock.set("2026-03-26T15:00");
    complete(report(pi, TAN), withVariables("results", "Gửi chậm"));

    Task consolidate = tasks(pi, "Task_ConsolidateReports").get(0);
    assertThat(engine.getTaskService().getVariables(consolidate.getId()))
        .containsEntry("reportsOnTime", 1L).containsEntry("reportsLate", 1L).containsEntry("reportsMissing", 0L);
    assertThat(row(TAN).getSubmittedAt()).isEqualTo(at("2026-03-26T15:00").toInstant());
  }

  @Test
  void consolidationGoesAheadAtItsDateWithoutTheUnitsThatNeverReported() {
    ProcessInstance pi = start("2026-03-02T09:00");
    openRound();
    complete(report(pi, HONG), withVariables("results", "Đúng hạn"));
    assertThat(timers("Timer_ConsolidationDue")).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(at("2026-03-31T23:59")));

    VietnamClock.set("2026-04-01T08:00");
    engine.getManagementService().executeJob(timers("Timer_ConsolidationDue").get(0).getId());

    assertThat(tasks(pi, "Task_SubmitReport")).isEmpty();
    Task consolidate = tasks(pi, "Task_ConsolidateReports").get(0);
    assertThat(engine.getTaskService().getVariables(consolidate.getId()))
        .containsEntry("reportsOnTime", 1L).containsEntry("reportsMissing", 1L)
        .containsEntry("missingUnits", "Xã Xuân Tân");
    assertThat(row(TAN).getSubmittedAt()).isNull();
    BpmnAwareTests.assertThat(pi).hasPassed("Timer_ConsolidationDue");
  }

  @Test
  void afterTheLastAnnualReportTheFollowUpEndsOnceEveryPlanIsAccepted() {
    ProcessInstance pi = start("2026-12-02T09:00");
    assertThat(runtimeService().getVariable(pi.getId(), "period")).isEqualTo("2026");
    openRound();
    complete(report(pi, HONG), withVariables("results", "Cả năm: 5 mô hình"));
    complete(report(pi, TAN), withVariables("results", "Cả năm: 3 mô hình"));
    complete(tasks(pi, "Task_ConsolidateReports").get(0),
        withVariables("documentNumber", "60-BC/BDVHU", "assessment", "Tổng kết năm"));
    assertThat(sent).extracting(ConsolidatedReport::getPeriod).containsExactly("2026");
    BpmnAwareTests.assertThat(pi).hasPassed("Gateway_HasRound").isNotEnded();

    for (String unit : List.of(HONG, TAN)) {
      complete(plan(pi, unit), withVariables("planNumber", "KH", "planSummary", "Kế hoạch"));
      complete(tasks(pi, "Task_ReviewPlan").get(0), withVariables("planDecision", "ACCEPT"));
    }

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("End_FollowUpDone");
  }

  // ---- time travel: a directive started on each day that matters (support/TimeTravel) ------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("vn.danvan.workflow.support.TimeTravel#days")
  void onAnyDayTheNextRoundOpensInItsMonthIsDueOnAWorkingDayAndIsConsolidatedWithWhatHasArrived(TimeTravel.Day day) {
    int year = day.date().getYear();
    directive.followedUp(day.date().plusDays(30), year, year + 1, 20, Directives.ESCALATE_AFTER,
        Directives.CONSOLIDATE_AFTER, List.of("ban-thuong-vu-huyen", "ban-dan-van-tinh"));
    ReportingSchedule schedule = new ReportingSchedule(year, year + 1, 20, Directives.ESCALATE_AFTER,
        Directives.CONSOLIDATE_AFTER, CALENDAR);
    ReportingSchedule.Round round = schedule.next(null, day.date()).orElseThrow();
    day.set();
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(DirectiveProcess.KEY, "1",
        DirectiveProcess.variables(directive, List.of(HONG, TAN), CALENDAR));

    // the first round is the first not yet consolidated today; it opens at 07:00 on the 1st of its last month
    assertThat(runtimeService().getVariable(pi.getId(), "period")).isEqualTo(round.period().code());
    assertThat(round.consolidateOn()).isAfterOrEqualTo(day.date());
    assertThat(round.opensOn()).isEqualTo(round.period().to().withDayOfMonth(1));
    Date opens = at(round.opensOn() + "T07:00");
    assertThat(timers("Timer_RoundOpens")).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(opens));
    assertThat(dueTimers(pi).contains("Timer_RoundOpens")).isEqualTo(!opens.after(day.asDate()));

    // opened (at once if its morning has passed), each unit is due on a working day and consolidated 7 working days
    // after it
    ClockUtil.setCurrentTime(opens.after(day.asDate()) ? opens : day.asDate());
    openRound();
    assertThat(CALENDAR.isWorkingDay(round.dueOn())).isTrue();
    assertThat(round.dueOn()).isAfterOrEqualTo(round.opensOn().withDayOfMonth(20));
    assertThat(CALENDAR.workingDaysBetween(round.opensOn().withDayOfMonth(20), round.dueOn())).isLessThanOrEqualTo(1);
    Date due = at(round.dueOn() + "T23:59");
    Date consolidateAt = at(CALENDAR.plusWorkingDays(round.dueOn(), 7) + "T23:59");
    assertThat(tasks(pi, "Task_SubmitReport")).hasSize(2)
        .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(due));
    // the escalation 3 working days after the due day is the reminder policy's (ProcessRemindersTest)
    assertThat(timers("Timer_ConsolidationDue")).singleElement()
        .satisfies(job -> assertThat(job.getDuedate()).isEqualTo(consolidateAt));

    // Xuân Hồng reports now, on time unless its due day has passed; Xuân Tân never does
    complete(report(pi, HONG), withVariables("results", "Báo cáo gửi ngày " + day.date()));
    boolean onTime = !ClockUtil.getCurrentTime().after(due);
    assertThat(row(HONG).getSubmittedAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
    ClockUtil.setCurrentTime(consolidateAt);
    assertThat(dueTimers(pi)).contains("Timer_ConsolidationDue");
    engine.getManagementService().executeJob(timers("Timer_ConsolidationDue").get(0).getId());

    Task consolidate = tasks(pi, "Task_ConsolidateReports").get(0);
    assertThat(engine.getTaskService().getVariables(consolidate.getId()))
        .containsEntry("reportsOnTime", onTime ? 1L : 0L).containsEntry("reportsLate", onTime ? 0L : 1L)
        .containsEntry("reportsMissing", 1L).containsEntry("missingUnits", "Xã Xuân Tân")
        .containsEntry("periodLabel", round.period().label());
    Date consolidationDue = CALENDAR.plusWorkingDays(consolidateAt, 3);
    assertThat(consolidate.getDueDate()).isEqualTo(consolidationDue);
    assertThat(CALENDAR.isWorkingDay(DirectiveProcess.dayOf(consolidationDue))).isTrue();
    complete(consolidate, withVariables("documentNumber", "7-BC/BDVHU", "assessment", "Tổng hợp theo kỳ"));

    // sent for this round; the next one waits for its own opening morning
    assertThat(sent).extracting(ConsolidatedReport::getPeriod).containsExactly(round.period().code());
    ReportingSchedule.Round next = schedule.next(round.period().code(), day.date()).orElseThrow();
    assertThat(runtimeService().getVariable(pi.getId(), "period")).isEqualTo(next.period().code());
    assertThat(timers("Timer_RoundOpens")).singleElement().satisfies(job -> assertThat(job.getDuedate())
        .isEqualTo(at(next.opensOn() + "T07:00")).isAfter(ClockUtil.getCurrentTime()));
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private ProcessInstance start(String localTime) {
    VietnamClock.set(localTime);
    return runtimeService().startProcessInstanceByKey(DirectiveProcess.KEY, "directive:1",
        DirectiveProcess.variables(directive, List.of(HONG, TAN), CALENDAR));
  }

  private void openRound() {
    engine.getManagementService().executeJob(timers("Timer_RoundOpens").get(0).getId());
  }

  private List<Task> tasks(ProcessInstance pi, String key) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  private Task plan(ProcessInstance pi, String unitId) {
    return tasks(pi, "Task_SubmitPlan").stream().filter(t -> unitId.equals(unitOf(t))).findFirst().orElseThrow();
  }

  private Task report(ProcessInstance pi, String unitId) {
    return tasks(pi, "Task_SubmitReport").stream().filter(t -> unitId.equals(unitOf(t))).findFirst().orElseThrow();
  }

  private String unitOf(Task task) {
    return (String) engine.getTaskService().getVariable(task.getId(), "unitId");
  }

  private List<String> candidateGroups(List<Task> tasks) {
    return tasks.stream().flatMap(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream())
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).toList();
  }

  private List<Job> timers(String activityId) {
    return engine.getManagementService().createJobQuery().activityId(activityId).list();
  }

  private Assignment assignment(String unitId) {
    return assigned.stream().filter(a -> a.getUnitId().equals(unitId)).findFirst().orElseThrow();
  }

  private UnitReport row(String unitId) {
    return rows.stream().filter(r -> r.getUnitId().equals(unitId)).findFirst().orElseThrow();
  }

  private static Report emptyReport() {
    Report.PeriodView period = new Report.PeriodView("2026-Q1", "Quý I năm 2026", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 3, 31));
    return new Report(period, period, "Huyện Xuân Trường", LocalDate.of(2026, 3, 27), at("2026-03-27T16:00").toInstant(), List.of(),
        List.of(), List.of(), new Report.Deadlines(0, 0, 0, 0, 0), List.of(), null, null, Report.Petitions.none());
  }
}
