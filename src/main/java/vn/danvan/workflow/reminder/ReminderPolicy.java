package vn.danvan.workflow.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.StringUtil;

/**
 * When a user task reminds and escalates, in working days. Written in BPMN as extension properties
 * ({@code camunda:properties}, Modeler's "Extension properties") on a user task or on its process, each
 * overriding the defaults of {@code danvan.reminders.*}:
 *
 * <pre>
 * reminder.enabled        true | false
 * reminder.beforeDue      2        working days before the due date; "3,1" reminds twice; "0" none
 * reminder.onDue          true     a reminder on the due date
 * reminder.escalateAfter  1        working days after the due date for the first escalation, or ${expression}
 * reminder.escalateEvery  2        then again every n working days until the task is done; 0 = once
 * reminder.escalateTo     lanh-dao-ban-dan-van-huyen   groups or user:id, comma separated, or ${expression}; empty = none
 * </pre>
 *
 * <p>Two values may depend on the process instance, for a process whose limits and supervisors are its own data
 * (a directive: the issuer's escalation limit, the member in charge of each unit). An expression in
 * {@code reminder.escalateAfter} is evaluated on the task's execution when its reminders are scheduled and must
 * give a whole number of working days; one in {@code reminder.escalateTo} is evaluated when an escalation goes
 * out and gives the recipients as written here. A recipient is a group, or a user written {@code user:id}.
 *
 * @param escalateAfterExpression the {@code ${expression}} giving {@code escalateAfter} per task, or null when
 *     {@code escalateAfter} is the number itself
 */
public record ReminderPolicy(boolean enabled, List<Integer> beforeDue, boolean onDue, int escalateAfter,
    int escalateEvery, String escalateTo, String escalateAfterExpression) {

  public static final String PREFIX = "reminder.";
  /** Marks a user among the recipients of {@code reminder.escalateTo}: {@code user:nguyen-van-a}. */
  public static final String USER = "user:";
  static final String ENABLED = PREFIX + "enabled";
  static final String BEFORE_DUE = PREFIX + "beforeDue";
  static final String ON_DUE = PREFIX + "onDue";
  static final String ESCALATE_AFTER = PREFIX + "escalateAfter";
  static final String ESCALATE_EVERY = PREFIX + "escalateEvery";
  static final String ESCALATE_TO = PREFIX + "escalateTo";
  private static final Set<String> KEYS = Set.of(ENABLED, BEFORE_DUE, ON_DUE, ESCALATE_AFTER, ESCALATE_EVERY,
      ESCALATE_TO);
  private static final int MAX_WORKING_DAYS = 250;

  public ReminderPolicy {
    beforeDue = beforeDue.stream().filter(days -> days > 0).distinct().sorted((a, b) -> b - a).toList();
    escalateTo = escalateTo == null ? "" : escalateTo.trim();
  }

  /** A policy whose numbers are all fixed in the BPMN. */
  public ReminderPolicy(boolean enabled, List<Integer> beforeDue, boolean onDue, int escalateAfter,
      int escalateEvery, String escalateTo) {
    this(enabled, beforeDue, onDue, escalateAfter, escalateEvery, escalateTo, null);
  }

  public boolean escalates() {
    return !escalateTo.isEmpty();
  }

  /**
   * This policy with the {@code reminder.*} entries of {@code properties} applied; other keys are ignored.
   *
   * @param where names the BPMN element in error messages
   * @throws IllegalArgumentException for an unknown {@code reminder.} key or a value that is not valid
   */
  public ReminderPolicy with(Map<String, String> properties, String where) {
    if (properties == null || properties.isEmpty()) {
      return this;
    }
    Set<String> unknown = new TreeSet<>();
    properties.keySet().stream().filter(key -> key != null && key.startsWith(PREFIX) && !KEYS.contains(key))
        .forEach(unknown::add);
    if (!unknown.isEmpty()) {
      throw invalid(where, "unknown propert" + (unknown.size() == 1 ? "y " : "ies ") + unknown
          + "; known: " + new TreeSet<>(KEYS));
    }
    String after = properties.get(ESCALATE_AFTER);
    boolean afterIsExpression = after != null && StringUtil.isExpression(after.trim());
    return new ReminderPolicy(
        properties.containsKey(ENABLED) ? bool(properties.get(ENABLED), ENABLED, where) : enabled,
        properties.containsKey(BEFORE_DUE) ? days(properties.get(BEFORE_DUE), where) : beforeDue,
        properties.containsKey(ON_DUE) ? bool(properties.get(ON_DUE), ON_DUE, where) : onDue,
        properties.containsKey(ESCALATE_AFTER) && !afterIsExpression
            ? number(after, ESCALATE_AFTER, 1, where) : escalateAfter,
        properties.containsKey(ESCALATE_EVERY)
            ? number(properties.get(ESCALATE_EVERY), ESCALATE_EVERY, 0, where) : escalateEvery,
        properties.containsKey(ESCALATE_TO) ? properties.get(ESCALATE_TO) : escalateTo,
        afterIsExpression ? after.trim() : properties.containsKey(ESCALATE_AFTER) ? null : escalateAfterExpression);
  }

  /**
   * This policy with {@code escalateAfter} set to what its expression gave for one task.
   *
   * @param value the expression's value
   * @param where names the task in error messages
   * @throws IllegalArgumentException when the value is not a whole number of working days from 1 to 250
   */
  public ReminderPolicy escalatingAfter(Object value, String where) {
    int days = number(value == null ? null : value.toString(), ESCALATE_AFTER + " " + escalateAfterExpression, 1,
        where);
    return new ReminderPolicy(enabled, beforeDue, onDue, days, escalateEvery, escalateTo, null);
  }

  private static boolean bool(String value, String key, String where) {
    String text = value == null ? "" : value.trim();
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw invalid(where, key + " must be true or false, not '" + value + "'");
  }

  private static List<Integer> days(String value, String where) {
    List<Integer> days = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return days;
    }
    for (String part : value.split(",")) {
      days.add(number(part, BEFORE_DUE, 0, where));
    }
    return days;
  }

  private static int number(String value, String key, int min, String where) {
    try {
      int number = Integer.parseInt(value == null ? "" : value.trim());
      if (number >= min && number <= MAX_WORKING_DAYS) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(where, key + " must be a whole number of working days from " + min + " to "
        + MAX_WORKING_DAYS + ", not '" + value + "'");
  }

  private static IllegalArgumentException invalid(String where, String problem) {
    return new IllegalArgumentException("Reminder policy of " + where + ": " + problem);
  }
}
