package vn.danvan.workflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.security.DisplayNames;

/** The entries as the API gives them (JSON as written) and as the page shows them (labelled, field by field). */
@Component
class AuditViews {

  private final ObjectMapper json;
  private final MessageSource messages;
  private final DisplayNames names;

  AuditViews(ObjectMapper json, MessageSource messages, DisplayNames names) {
    this.json = json;
    this.messages = messages;
    this.names = names;
  }

  record EntryView(Long id, Instant at, String actor, String kind, String subjectId, AuditAction action,
      JsonNode before, JsonNode after) {
  }

  /** One field that changed: its label, the value before and after ("—" when there was none). */
  record Change(String label, String before, String after) {
  }

  record Row(Long id, Instant at, String actor, String actorName, String kind, String subjectId, String action,
      AuditAction actionCode, List<Change> changes) {
  }

  EntryView api(AuditEntry entry) {
    return new EntryView(entry.getId(), entry.getAt(), entry.getActor(), entry.getKind(), entry.getSubjectId(),
        entry.getAction(), read(entry.getBefore()), read(entry.getAfter()));
  }

  Row page(AuditEntry entry, Locale locale) {
    JsonNode before = read(entry.getBefore());
    JsonNode after = read(entry.getAfter());
    Set<String> fields = new LinkedHashSet<>();
    (after != null ? after : before).fieldNames().forEachRemaining(fields::add);
    if (before != null) {
      before.fieldNames().forEachRemaining(fields::add);
    }
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      String was = value(entry.getKind(), field, before, locale);
      String is = value(entry.getKind(), field, after, locale);
      boolean shown = switch (entry.getAction()) {
        case UPDATE -> !Objects.equals(was, is);
        case CREATE -> is != null;
        case DELETE -> was != null;
      };
      if (shown) {
        changes.add(new Change(text("audit.field." + entry.getKind() + "." + field, field, locale), dash(was, locale),
            dash(is, locale)));
      }
    }
    return new Row(entry.getId(), entry.getAt(), entry.getActor(), names.of(entry.getActor()),
        text("audit.kind." + entry.getKind(), entry.getKind(), locale), entry.getSubjectId(),
        text("audit.action." + entry.getAction(), entry.getAction().name(), locale), entry.getAction(), changes);
  }

  /** The field's value as a reader wants it: an enumerated value by its label, blank as none. */
  private String value(String kind, String field, JsonNode subject, Locale locale) {
    JsonNode node = subject == null ? null : subject.get(field);
    if (node == null || node.isNull() || node.asText().isBlank()) {
      return null;
    }
    String raw = node.isValueNode() ? node.asText() : node.toString();
    return text("audit.value." + kind + "." + field + "." + raw, raw, locale);
  }

  private String dash(String value, Locale locale) {
    return value == null ? text("audit.none.value", "—", locale) : value;
  }

  private String text(String key, String fallback, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }

  private JsonNode read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit entry not JSON", e);
    }
  }
}
