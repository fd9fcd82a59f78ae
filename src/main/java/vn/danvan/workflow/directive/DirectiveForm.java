package vn.danvan.workflow.directive;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danvan.workflow.calendar.TimeLimit;

/**
 * The form of /chi-dao/moi and /chi-dao/{id}/sua as typed: every field a string, so nothing typed is lost when it
 * does not parse. {@link #request} turns it into the API's {@link DirectiveRequest} (validated as the API does);
 * time limits are typed as a number of working days.
 */
public class DirectiveForm {

  private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,3})WD");

  private String number;
  private String issuedOn;
  private String issuerId;
  private String coordinatorId;
  private String title;
  private String basis;
  private String planDue;
  private String reportFromYear;
  private String reportToYear;
  private String reportDueDay;
  private String escalateAfterDays;
  private String consolidateAfterDays;
  private List<String> reportRecipientIds = new ArrayList<>();
  private List<String> assignedUnitIds = new ArrayList<>();
  private List<TaskRow> tasks = new ArrayList<>();

  /** One row of the tasks' table. */
  public static class TaskRow {
    private String section;
    private String ordinal;
    private String title;
    private String content;
    private String deadline;
    private List<String> leadUnitIds = new ArrayList<>();
    private List<String> participantUnitIds = new ArrayList<>();

    public String getSection() { return section; }

    public void setSection(String section) { this.section = section; }

    public String getOrdinal() { return ordinal; }

    public void setOrdinal(String ordinal) { this.ordinal = ordinal; }

    public String getTitle() { return title; }

    public void setTitle(String title) { this.title = title; }

    public String getContent() { return content; }

    public void setContent(String content) { this.content = content; }

    public String getDeadline() { return deadline; }

    public void setDeadline(String deadline) { this.deadline = deadline; }

    public List<String> getLeadUnitIds() { return leadUnitIds; }

    public void setLeadUnitIds(List<String> leadUnitIds) { this.leadUnitIds = orEmpty(leadUnitIds); }

    public List<String> getParticipantUnitIds() { return participantUnitIds; }

    public void setParticipantUnitIds(List<String> ids) { this.participantUnitIds = orEmpty(ids); }
  }

  /** A new directive's form: one empty task, reports this year on the 20th, the default time limits. */
  static DirectiveForm blank(LocalDate today, String coordinatorId) {
    DirectiveForm form = new DirectiveForm();
    form.coordinatorId = coordinatorId;
    form.reportFromYear = String.valueOf(today.getYear());
    form.reportToYear = String.valueOf(today.getYear());
    form.reportDueDay = String.valueOf(Directives.REPORT_DUE_DAY);
    form.escalateAfterDays = days(Directives.ESCALATE_AFTER.toString());
    form.consolidateAfterDays = days(Directives.CONSOLIDATE_AFTER.toString());
    form.addRow();
    return form;
  }

  static DirectiveForm of(DirectiveRequest request, String coordinatorId) {
    DirectiveForm form = new DirectiveForm();
    form.number = request.number();
    form.issuedOn = text(request.issuedOn());
    form.issuerId = request.issuerId();
    form.coordinatorId = coordinatorId;
    form.title = request.title();
    form.basis = request.basis();
    form.planDue = text(request.planDue());
    form.reportFromYear = text(request.reportFromYear());
    form.reportToYear = text(request.reportToYear());
    form.reportDueDay = text(request.reportDueDay());
    form.escalateAfterDays = days(request.escalateAfter());
    form.consolidateAfterDays = days(request.consolidateAfter());
    form.reportRecipientIds = orEmpty(request.reportRecipientIds());
    form.assignedUnitIds = orEmpty(request.assignedUnitIds());
    for (DirectiveRequest.TaskRequest task : request.tasks()) {
      TaskRow row = new TaskRow();
      row.section = task.section();
      row.ordinal = text(task.ordinal());
      row.title = task.title();
      row.content = task.content();
      row.deadline = text(task.deadline());
      row.leadUnitIds = orEmpty(task.leadUnitIds());
      row.participantUnitIds = orEmpty(task.participantUnitIds());
      form.tasks.add(row);
    }
    return form;
  }

  void addRow() {
    TaskRow row = new TaskRow();
    row.ordinal = String.valueOf(tasks.size() + 1);
    if (!tasks.isEmpty()) {
      row.section = tasks.get(tasks.size() - 1).section;
    }
    tasks.add(row);
  }

  void removeRow(int index) {
    if (index >= 0 && index < tasks.size()) {
      tasks.remove(index);
    }
  }

  /**
   * The API's request, or null with {@code errors} naming each field that does not parse (by the form's names,
   * which are the request's, e.g. {@code tasks[0].deadline}).
   */
  DirectiveRequest request(Map<String, String> errors, String badDate, String badNumber) {
    LocalDate issued = date("issuedOn", issuedOn, errors, badDate);
    LocalDate due = date("planDue", planDue, errors, badDate);
    Integer from = integer("reportFromYear", reportFromYear, errors, badNumber);
    Integer to = integer("reportToYear", reportToYear, errors, badNumber);
    Integer dueDay = integer("reportDueDay", reportDueDay, errors, badNumber);
    String escalate = limit("escalateAfter", escalateAfterDays, errors, badNumber);
    String consolidate = limit("consolidateAfter", consolidateAfterDays, errors, badNumber);
    List<DirectiveRequest.TaskRequest> taskRequests = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      TaskRow row = tasks.get(i);
      taskRequests.add(new DirectiveRequest.TaskRequest(row.section, integer("tasks[" + i + "].ordinal", row.ordinal,
          errors, badNumber), row.title, blankAsNull(row.content),
          date("tasks[" + i + "].deadline", row.deadline, errors, badDate), List.copyOf(row.leadUnitIds),
          List.copyOf(row.participantUnitIds)));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new DirectiveRequest(blankAsNull(number), issued, issuerId, blankAsNull(coordinatorId), title,
        blankAsNull(basis), due, from, to, dueDay, escalate, consolidate, List.copyOf(reportRecipientIds), taskRequests,
        List.copyOf(assignedUnitIds));
  }

  private static LocalDate date(String field, String text, Map<String, String> errors, String bad) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, bad);
      return null;
    }
  }

  private static Integer integer(String field, String text, Map<String, String> errors, String bad) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.put(field, bad);
      return null;
    }
  }

  private static String limit(String field, String days, Map<String, String> errors, String bad) {
    Integer parsed = integer(field, days, errors, bad);
    if (parsed == null) {
      return null;
    }
    if (parsed < 0 || parsed > 999) {
      errors.put(field, bad);
      return null;
    }
    return TimeLimit.workingDays(parsed).toString();
  }

  /** The number of working days of P3WD; a limit in calendar days (P5D, P1W) is shown as written. */
  private static String days(String limit) {
    if (limit == null) {
      return null;
    }
    Matcher m = WORKING_DAYS.matcher(limit);
    return m.matches() ? m.group(1) : limit;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static List<String> orEmpty(List<String> ids) {
    return ids == null ? new ArrayList<>() : new ArrayList<>(ids);
  }

  public String getNumber() { return number; }

  public void setNumber(String number) { this.number = number; }

  public String getIssuedOn() { return issuedOn; }

  public void setIssuedOn(String issuedOn) { this.issuedOn = issuedOn; }

  public String getIssuerId() { return issuerId; }

  public void setIssuerId(String issuerId) { this.issuerId = issuerId; }

  public String getCoordinatorId() { return coordinatorId; }

  public void setCoordinatorId(String coordinatorId) { this.coordinatorId = coordinatorId; }

  public String getTitle() { return title; }

  public void setTitle(String title) { this.title = title; }

  public String getBasis() { return basis; }

  public void setBasis(String basis) { this.basis = basis; }

  public String getPlanDue() { return planDue; }

  public void setPlanDue(String planDue) { this.planDue = planDue; }

  public String getReportFromYear() { return reportFromYear; }

  public void setReportFromYear(String reportFromYear) { this.reportFromYear = reportFromYear; }

  public String getReportToYear() { return reportToYear; }

  public void setReportToYear(String reportToYear) { this.reportToYear = reportToYear; }

  public String getReportDueDay() { return reportDueDay; }

  public void setReportDueDay(String reportDueDay) { this.reportDueDay = reportDueDay; }

  public String getEscalateAfterDays() { return escalateAfterDays; }

  public void setEscalateAfterDays(String days) { this.escalateAfterDays = days; }

  public String getConsolidateAfterDays() { return consolidateAfterDays; }

  public void setConsolidateAfterDays(String days) { this.consolidateAfterDays = days; }

  public List<String> getReportRecipientIds() { return reportRecipientIds; }

  public void setReportRecipientIds(List<String> ids) { this.reportRecipientIds = orEmpty(ids); }

  public List<String> getAssignedUnitIds() { return assignedUnitIds; }

  public void setAssignedUnitIds(List<String> ids) { this.assignedUnitIds = orEmpty(ids); }

  public List<TaskRow> getTasks() { return tasks; }

  public void setTasks(List<TaskRow> tasks) { this.tasks = tasks == null ? new ArrayList<>() : tasks; }
}
