package vn.danvan.workflow.directive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.danvan.workflow.calendar.TimeLimit;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * A directive, action program or plan (chỉ thị, chương trình hành động, kế hoạch) as data: who issued it, who
 * follows it up (the coordinator, a Ban Dân vận), by when plans are due and how its periodic reports run.
 */
@Entity
@Table(name = "directive")
public class Directive {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "issuer_id")
  private String issuerId;

  @Column(name = "coordinator_id")
  private String coordinatorId;

  private String title;
  private String basis;

  @Column(name = "plan_due")
  private LocalDate planDue;

  @Column(name = "report_from_year")
  private int reportFromYear;

  @Column(name = "report_to_year")
  private int reportToYear;

  @Column(name = "report_due_day")
  private int reportDueDay;

  @Column(name = "escalate_after")
  private String escalateAfter;

  @Column(name = "consolidate_after")
  private String consolidateAfter;

  @Column(name = "report_recipient_ids")
  private String reportRecipientIds;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  /** DRAFT until issued: a draft has no process, tasks or assignments; {@link #draftJson} holds what was typed. */
  private String status = ISSUED;

  @Column(name = "draft_json")
  private String draftJson;

  public static final String DRAFT = "DRAFT";
  public static final String ISSUED = "ISSUED";

  protected Directive() {
  }

  public Directive(String number, LocalDate issuedOn, String issuerId, String coordinatorId, String title,
      String basis, String createdBy) {
    this.number = number;
    this.issuedOn = issuedOn;
    this.issuerId = issuerId;
    this.coordinatorId = coordinatorId;
    this.title = title;
    this.basis = basis;
    this.createdBy = createdBy;
    this.createdAt = ClockUtil.getCurrentTime().toInstant(); // the engine's clock: an entity has no beans
  }

  /** Plans due on planDue; reports for each year by reportDueDay of the period's last month. */
  public Directive followedUp(LocalDate planDue, int fromYear, int toYear, int reportDueDay, TimeLimit escalateAfter,
      TimeLimit consolidateAfter, List<String> reportRecipientIds) {
    this.planDue = planDue;
    this.reportFromYear = fromYear;
    this.reportToYear = toYear;
    this.reportDueDay = reportDueDay;
    this.escalateAfter = escalateAfter.toString();
    this.consolidateAfter = consolidateAfter.toString();
    this.reportRecipientIds = String.join(",", reportRecipientIds);
    return this;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
    this.status = ISSUED;
    this.draftJson = null;
  }

  /** Kept as a draft: the request as typed, to be edited or issued later. */
  Directive draft(String requestJson) {
    this.status = DRAFT;
    this.draftJson = requestJson;
    return this;
  }

  /** A draft's fields changed (its id and author stay). */
  void redraft(String number, java.time.LocalDate issuedOn, String issuerId, String coordinatorId, String title,
      String basis, String requestJson) {
    this.number = number;
    this.issuedOn = issuedOn;
    this.issuerId = issuerId;
    this.coordinatorId = coordinatorId;
    this.title = title;
    this.basis = basis;
    this.draftJson = requestJson;
  }

  public boolean isDraft() {
    return DRAFT.equals(status);
  }

  public String getStatus() { return status; }

  String getDraftJson() { return draftJson; }

  public ReportingSchedule schedule(WorkingDayCalendar calendar) {
    return new ReportingSchedule(reportFromYear, reportToYear, reportDueDay, TimeLimit.parse(escalateAfter),
        TimeLimit.parse(consolidateAfter), calendar);
  }

  /** The year the directive is about in the task lists: the year it was issued, else its first reporting year. */
  public int year() {
    return issuedOn != null ? issuedOn.getYear() : reportFromYear;
  }

  public Long getId() { return id; }

  public String getNumber() { return number; }

  public LocalDate getIssuedOn() { return issuedOn; }

  public String getIssuerId() { return issuerId; }

  public String getCoordinatorId() { return coordinatorId; }

  public String getTitle() { return title; }

  public String getBasis() { return basis; }

  public LocalDate getPlanDue() { return planDue; }

  public TimeLimit getEscalateAfter() { return TimeLimit.parse(escalateAfter); }

  public TimeLimit getConsolidateAfter() { return TimeLimit.parse(consolidateAfter); }

  public int getReportFromYear() { return reportFromYear; }

  public int getReportToYear() { return reportToYear; }

  public int getReportDueDay() { return reportDueDay; }

  public List<String> getReportRecipientIds() {
    return Arrays.stream(reportRecipientIds.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public String getProcessInstanceId() { return processInstanceId; }

  public String getCreatedBy() { return createdBy; }

  public Instant getCreatedAt() { return createdAt; }
}
