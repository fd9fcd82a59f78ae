package vn.danvan.workflow.reminder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One reminder of a task's schedule.
 *
 * @param day the Vietnamese calendar day it is for; with the task and the kind, its unique key
 * @param at when it is sent
 * @param workingDays working days left before the due date (BEFORE_DUE) or past it (ESCALATION); 0 on the due date
 */
record Reminder(ReminderKind kind, LocalDate day, Instant at, int workingDays) {

  String occurrence() {
    return day.toString();
  }
}
