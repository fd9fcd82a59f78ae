package vn.danvan.workflow.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One change in the administration: who, when, which subject (kind and id), what was done, and the subject as it
 * was before and after (JSON; null when created or deleted). Written once, never updated (Hibernate ignores any
 * change to an immutable entity).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "changed_at")
  private Instant at;

  private String actor;

  private String kind;

  @Column(name = "subject_id")
  private String subjectId;

  @Enumerated(EnumType.STRING)
  private AuditAction action;

  @Column(name = "before_json")
  private String before;

  @Column(name = "after_json")
  private String after;

  protected AuditEntry() {
  }

  AuditEntry(Instant at, String actor, String kind, String subjectId, AuditAction action, String before,
      String after) {
    this.at = at;
    this.actor = actor;
    this.kind = kind;
    this.subjectId = subjectId;
    this.action = action;
    this.before = before;
    this.after = after;
  }

  public Long getId() { return id; }

  public Instant getAt() { return at; }

  public String getActor() { return actor; }

  public String getKind() { return kind; }

  public String getSubjectId() { return subjectId; }

  public AuditAction getAction() { return action; }

  public String getBefore() { return before; }

  public String getAfter() { return after; }
}
