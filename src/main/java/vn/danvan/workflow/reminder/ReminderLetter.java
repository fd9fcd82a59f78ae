package vn.danvan.workflow.reminder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Vietnamese wording of reminders, from the templates in {@code reminder/mail/} (first line the subject,
 * then a blank line, then the body; placeholders in braces). The subject is also the in-app message.
 */
record ReminderLetter(String subject, String body) {

  private static final Map<ReminderKind, String[]> TEMPLATES = new EnumMap<>(ReminderKind.class);

  static {
    TEMPLATES.put(ReminderKind.BEFORE_DUE, read("before-due"));
    TEMPLATES.put(ReminderKind.ON_DUE, read("on-due"));
    TEMPLATES.put(ReminderKind.ESCALATION, read("escalation"));
    TEMPLATES.put(ReminderKind.DIGEST, read("digest"));
    TEMPLATES.put(ReminderKind.REQUESTED, read("requested"));
  }

  static ReminderLetter of(ReminderKind kind, Map<String, String> values) {
    String[] template = TEMPLATES.get(kind);
    return new ReminderLetter(fill(template[0], values), fill(template[1], values));
  }

  private static String fill(String template, Map<String, String> values) {
    String text = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
    }
    return text;
  }

  private static String[] read(String name) {
    String path = "reminder/mail/" + name + ".txt";
    try (InputStream in = ReminderLetter.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Reminder template missing on the classpath: " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      int endOfSubject = text.indexOf('\n');
      return new String[] {text.substring(0, endOfSubject).trim(), text.substring(endOfSubject + 1).strip() + "\n"};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
