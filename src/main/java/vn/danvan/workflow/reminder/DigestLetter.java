package vn.danvan.workflow.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.reminder.DigestTasks.Line;

/**
 * The Vietnamese text of one user's daily digest: their tasks overdue, due today and due within the next working
 * days, each with its due date, how many working days are left or gone, and a link to it in Tasklist.
 */
final class DigestLetter {

  /** Enough for a morning's reading; the rest is counted and left to Tasklist. */
  static final int MAX_LINES_PER_SECTION = 30;
  private static final String[] WEEKDAYS = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
      "Chủ Nhật"};

  private DigestLetter() {
  }

  /**
   * @param groupName the name of a group the user belongs to, by id
   * @param taskLink the link to a task in Tasklist, by task id
   */
  static ReminderLetter of(String recipient, LocalDate day, int soonDays, List<Line> lines, DigestSchedule schedule,
      Function<String, String> groupName, Function<String, String> taskLink, String tasklist) {
    List<Line> overdue = new ArrayList<>();
    List<Line> today = new ArrayList<>();
    List<Line> soon = new ArrayList<>();
    for (Line line : lines) {
      LocalDate due = DigestSchedule.dayOf(line.due());
      (due.isBefore(day) ? overdue : due.isEqual(day) ? today : soon).add(line);
    }
    List<String> sections = new ArrayList<>();
    section(sections, "QUÁ HẠN", overdue, line -> "quá hạn "
        + schedule.workingDaysBetween(DigestSchedule.dayOf(line.due()), day) + " ngày làm việc", groupName, taskLink);
    section(sections, "ĐẾN HẠN HÔM NAY", today, line -> "hạn hôm nay", groupName, taskLink);
    section(sections, "SẮP ĐẾN HẠN (trong " + soonDays + " ngày làm việc tới)", soon, line -> "còn "
        + schedule.workingDaysBetween(day, DigestSchedule.dayOf(line.due())) + " ngày làm việc", groupName, taskLink);
    return ReminderLetter.of(ReminderKind.DIGEST, Map.of(
        "recipient", recipient,
        "day", WEEKDAYS[day.getDayOfWeek().getValue() - 1] + " " + VietnamTime.format(day),
        "summary", summary(overdue.size(), today.size(), soon.size()),
        "tasks", String.join("\n", sections),
        "tasklist", tasklist));
  }

  private static String summary(int overdue, int today, int soon) {
    List<String> parts = new ArrayList<>();
    if (overdue > 0) {
      parts.add(overdue + " việc quá hạn");
    }
    if (today > 0) {
      parts.add(today + " việc đến hạn hôm nay");
    }
    if (soon > 0) {
      parts.add(soon + " việc sắp đến hạn");
    }
    return String.join(", ", parts);
  }

  private static void section(List<String> sections, String title, List<Line> lines, Function<Line, String> when,
      Function<String, String> groupName, Function<String, String> taskLink) {
    if (lines.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    text.append(title).append(" (").append(lines.size()).append(")\n");
    int number = 0;
    for (Line line : lines.subList(0, Math.min(lines.size(), MAX_LINES_PER_SECTION))) {
      text.append(++number).append(". ").append(what(line)).append(": hạn ")
          .append(VietnamTime.format(DigestSchedule.dayOf(line.due()))).append(", ").append(when.apply(line));
      if (line.group() != null) {
        text.append(" (việc chung của ").append(groupName.apply(line.group())).append(", chưa có người nhận)");
      }
      text.append("\n   ").append(taskLink.apply(line.taskId())).append('\n');
    }
    if (lines.size() > MAX_LINES_PER_SECTION) {
      text.append("   … và ").append(lines.size() - MAX_LINES_PER_SECTION).append(" việc khác trong Tasklist\n");
    }
    sections.add(text.toString());
  }

  /** "Thẩm định hồ sơ đăng ký – Dân vận khéo trong dồn điền đổi thửa (Xã Xuân Hồng)", as reminders name it. */
  private static String what(Line line) {
    String what = line.name() == null ? "Công việc" : line.name();
    if (line.modelName() != null && !line.modelName().isBlank()) {
      what += " – " + line.modelName();
      if (line.unitName() != null && !line.unitName().isBlank()) {
        what += " (" + line.unitName() + ")";
      }
    }
    return what;
  }
}
