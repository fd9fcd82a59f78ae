package vn.danvan.workflow.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A directive as GET /api/directives/{id} shows it: tasks, assignments with plan and report status, reports sent. */
public record DirectiveView(Long id, String number, LocalDate issuedOn, UnitRef issuer, UnitRef coordinator,
    String title, String basis, LocalDate planDue, int reportFromYear, int reportToYear, int reportDueDay,
    List<UnitRef> reportRecipients, String processInstanceId, List<TaskView> tasks,
    List<AssignmentView> assignments, List<SentReportView> consolidatedReports) {

  public record UnitRef(String id, String name) {
  }

  public record TaskView(Long id, String section, int ordinal, String title, String content, LocalDate deadline,
      List<TaskUnitView> units) {
  }

  public record TaskUnitView(String unitId, String unitName, TaskRole role, String roleLabel) {
  }

  public record MemberView(String userId, String fullName, String title) {
  }

  /** One assigned unit: who is in charge of it, its plan, and its report for each round opened so far. */
  public record AssignmentView(String unitId, String unitName, MemberView memberInCharge, PlanView plan,
      List<ReportStatusView> reports) {
  }

  /** late: sent after the due date, or still not sent once it has passed. */
  public record PlanView(PlanStatus status, LocalDate dueOn, String number, String summary, Instant submittedAt,
      Instant acceptedAt, String returnReason, boolean late) {
  }

  /** status: ON_TIME, LATE (sent after the due date), MISSING (due date passed), OPEN (not yet due). */
  public record ReportStatusView(String period, String periodLabel, LocalDate dueOn, Instant submittedAt,
      String status) {
  }

  public record SentReportView(String period, String periodLabel, String documentNumber, Instant sentAt,
      String signedBy, String recipients, String documentUrl) {
  }

  /** A line of GET /api/directives. */
  public record Summary(Long id, String number, LocalDate issuedOn, String issuerName, String title,
      LocalDate planDue, long assignedUnits, long plansAccepted) {
  }
}
