package vn.danvan.workflow.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;

/**
 * The reminders of one task, from its policy and due date: before the due date, on it, then the escalations,
 * every one at {@code sendAt} (Vietnamese time) on a working day counted by {@link WorkingDayCalendar}.
 * Escalations repeat without end, so the schedule is asked for the reminder in force at an instant and the
 * next one after it, never listed whole.
 */
final class ReminderSchedule {

  private final ReminderPolicy policy;
  private final WorkingDayCalendar calendar;
  private final LocalTime sendAt;
  private final LocalDate dueDay;
  private final List<Reminder> beforeEscalation = new ArrayList<>();

  ReminderSchedule(ReminderPolicy policy, Date due, WorkingDayCalendar calendar, LocalTime sendAt) {
    this.policy = policy;
    this.calendar = calendar;
    this.sendAt = sendAt;
    this.dueDay = Instant.ofEpochMilli(due.getTime()).atZone(VietnamTime.ZONE).toLocalDate();
    for (int days : policy.beforeDue()) {
      beforeEscalation.add(reminder(ReminderKind.BEFORE_DUE, calendar.minusWorkingDays(dueDay, days), days));
    }
    if (policy.onDue()) {
      beforeEscalation.add(reminder(ReminderKind.ON_DUE, dueDay, 0));
    }
    beforeEscalation.sort(Comparator.comparing(Reminder::at));
  }

  /** The latest reminder due at {@code now}: what the task's holders should be told now. */
  Optional<Reminder> latestUpTo(Instant now) {
    Reminder latest = null;
    for (Reminder reminder : beforeEscalation) {
      if (!reminder.at().isAfter(now)) {
        latest = reminder;
      }
    }
    if (policy.escalates()) {
      Reminder escalation = firstEscalation();
      while (!escalation.at().isAfter(now)) {
        latest = escalation;
        if (policy.escalateEvery() == 0) {
          break;
        }
        escalation = nextEscalation(escalation);
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The first reminder strictly after {@code now}, if the schedule has one. */
  Optional<Reminder> firstAfter(Instant now) {
    for (Reminder reminder : beforeEscalation) {
      if (reminder.at().isAfter(now)) {
        return Optional.of(reminder);
      }
    }
    if (!policy.escalates()) {
      return Optional.empty();
    }
    Reminder escalation = firstEscalation();
    while (!escalation.at().isAfter(now)) {
      if (policy.escalateEvery() == 0) {
        return Optional.empty();
      }
      escalation = nextEscalation(escalation);
    }
    return Optional.of(escalation);
  }

  private Reminder firstEscalation() {
    return reminder(ReminderKind.ESCALATION, calendar.plusWorkingDays(dueDay, policy.escalateAfter()),
        policy.escalateAfter());
  }

  private Reminder nextEscalation(Reminder previous) {
    return reminder(ReminderKind.ESCALATION, calendar.plusWorkingDays(previous.day(), policy.escalateEvery()),
        previous.workingDays() + policy.escalateEvery());
  }

  private Reminder reminder(ReminderKind kind, LocalDate day, int workingDays) {
    return new Reminder(kind, day, day.atTime(sendAt).atZone(VietnamTime.ZONE).toInstant(), workingDays);
  }
}
