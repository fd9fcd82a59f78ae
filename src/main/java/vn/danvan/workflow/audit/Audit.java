package vn.danvan.workflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.security.Caller;

/**
 * Records a change in the administration, in the transaction of the change (MANDATORY: without one it refuses), so
 * a change and its entry commit or roll back together. A capability gives its subject as a flat map of fields,
 * in the order a reader should see them; the page labels each field with {@code audit.field.<kind>.<field>}.
 */
@Component
public class Audit {

  private final AuditEntries entries;
  private final ObjectMapper json;
  private final Clock clock;

  Audit(AuditEntries entries, ObjectMapper json, Clock clock) {
    this.entries = entries;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry created(String kind, Object subjectId, Map<String, ?> after) {
    return record(kind, subjectId, AuditAction.CREATE, null, after);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry updated(String kind, Object subjectId, Map<String, ?> before, Map<String, ?> after) {
    return record(kind, subjectId, AuditAction.UPDATE, before, after);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry deleted(String kind, Object subjectId, Map<String, ?> before) {
    return record(kind, subjectId, AuditAction.DELETE, before, null);
  }

  private AuditEntry record(String kind, Object subjectId, AuditAction action, Map<String, ?> before,
      Map<String, ?> after) {
    return entries.save(new AuditEntry(clock.instant(), Caller.current().username(), kind, String.valueOf(subjectId),
        action, write(before), write(after)));
  }

  private String write(Map<String, ?> subject) {
    if (subject == null) {
      return null;
    }
    try {
      return json.writeValueAsString(subject);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("subject not writable as JSON", e);
    }
  }
}
