package vn.danvan.workflow.petition;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * The law's clocks for petitions, in the law's own unit: calendar days where it says "ngày", working days where it
 * says "ngày làm việc". A limit in calendar days whose last day is a day off ends on the next working day (Bộ luật
 * Dân sự 2015, art. 148), as the rest of the service counts. Sources in README "Citizens' petitions".
 */
@Component
public class PetitionClocks {

  /** Xử lý đơn: within 10 days of receipt (Luật Tiếp công dân 2013; Thông tư 05/2021/TT-TTCP; procedure record). */
  static final int SORTING_DAYS = 10;
  /** Thụ lý a first complaint: within 10 days of receipt (Luật Khiếu nại 2011, art. 27). */
  static final int COMPLAINT_ACCEPT_DAYS = 10;
  /** Luật Khiếu nại 2011, art. 28: 30 days from acceptance, 45 if complex; remote areas 45, 60 if complex. */
  static final int COMPLAINT_SETTLE_DAYS = 30;
  static final int COMPLAINT_SETTLE_DAYS_COMPLEX = 45;
  static final int COMPLAINT_SETTLE_DAYS_REMOTE = 45;
  static final int COMPLAINT_SETTLE_DAYS_REMOTE_COMPLEX = 60;
  /** Luật Tố cáo 2018, art. 24 and 29: sorted and accepted within 7 working days of receipt. */
  static final int DENUNCIATION_ACCEPT_WORKING_DAYS = 7;
  /** Luật Tố cáo 2018, art. 30: 30 days from acceptance, each extension at most 30 more. */
  static final int DENUNCIATION_SETTLE_DAYS = 30;
  static final int DENUNCIATION_EXTENSION_DAYS = 30;
  /** Answering a petition or feedback once accepted: the service's own limit, NOT a count checked in the law. */
  static final int FEEDBACK_ANSWER_WORKING_DAYS = 15;

  /** A due date is met until the end of office hours of its day. */
  static final LocalTime DUE_TIME = LocalTime.of(17, 0);
  /** Overdue petitions go to the chair on the morning of the first working day after the due date. */
  static final LocalTime ESCALATION_TIME = LocalTime.of(7, 30);

  private final WorkingDayCalendar calendar;

  public PetitionClocks(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  public LocalDate acceptDue(PetitionKind kind, LocalDate receivedOn) {
    return switch (kind) {
      case KIEN_NGHI, PHAN_ANH -> days(receivedOn, SORTING_DAYS);
      case KHIEU_NAI -> days(receivedOn, COMPLAINT_ACCEPT_DAYS);
      case TO_CAO -> calendar.plusWorkingDays(receivedOn, DENUNCIATION_ACCEPT_WORKING_DAYS);
    };
  }

  /** The settlement's due date with {@code extensions} extensions (complaints: 0; see {@link #complaintDays}). */
  public LocalDate settleDue(PetitionKind kind, LocalDate acceptedOn, Complexity complexity, boolean remoteArea,
      int extensions) {
    return switch (kind) {
      case KIEN_NGHI, PHAN_ANH -> calendar.plusWorkingDays(acceptedOn, FEEDBACK_ANSWER_WORKING_DAYS);
      case KHIEU_NAI -> days(acceptedOn, complaintDays(complexity, remoteArea));
      case TO_CAO -> days(acceptedOn, DENUNCIATION_SETTLE_DAYS + extensions * DENUNCIATION_EXTENSION_DAYS);
    };
  }

  static int complaintDays(Complexity complexity, boolean remoteArea) {
    boolean complex = complexity != null && complexity != Complexity.NORMAL;
    if (remoteArea) {
      return complex ? COMPLAINT_SETTLE_DAYS_REMOTE_COMPLEX : COMPLAINT_SETTLE_DAYS_REMOTE;
    }
    return complex ? COMPLAINT_SETTLE_DAYS_COMPLEX : COMPLAINT_SETTLE_DAYS;
  }

  /** Days on the petition's acceptance clock since receipt, in the unit that clock counts. */
  public int elapsed(PetitionKind kind, LocalDate receivedOn, LocalDate today) {
    return kind == PetitionKind.TO_CAO ? calendar.workingDaysBetween(receivedOn, today)
        : (int) java.time.temporal.ChronoUnit.DAYS.between(receivedOn, today);
  }

  /** The task's due moment: the due day's end of office hours, Vietnam time. */
  public Date dueAt(LocalDate due) {
    return Date.from(due.atTime(DUE_TIME).atZone(VietnamTime.ZONE).toInstant());
  }

  /** When an unfinished step goes to the chair: the first working day after its due date, in the morning. */
  public Date overdueAt(LocalDate due) {
    return Date.from(calendar.plusWorkingDays(due, 1).atTime(ESCALATION_TIME).atZone(VietnamTime.ZONE).toInstant());
  }

  private LocalDate days(LocalDate from, int days) {
    LocalDate last = from.plusDays(days);
    return calendar.isWorkingDay(last) ? last : calendar.plusWorkingDays(last, 1);
  }
}
