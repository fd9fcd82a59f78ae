package vn.danvan.workflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An in-app notification for a user or for everyone in a group (a reviewing body, a unit). */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_user")
  private String recipientUser;

  @Column(name = "recipient_group")
  private String recipientGroup;

  @Enumerated(EnumType.STRING)
  private NotificationKind kind;

  @Column(name = "task_id")
  private String taskId;

  @Column(name = "model_id")
  private Long modelId;

  private String message;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {
  }

  public Notification(String recipientUser, String recipientGroup, NotificationKind kind, String taskId, Long modelId,
      String message, Instant createdAt) {
    this.recipientUser = recipientUser;
    this.recipientGroup = recipientGroup;
    this.kind = kind;
    this.taskId = taskId;
    this.modelId = modelId;
    this.message = message;
    this.createdAt = createdAt;
  }

  public void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public Long getId() { return id; }

  public String getRecipientUser() { return recipientUser; }

  public String getRecipientGroup() { return recipientGroup; }

  public NotificationKind getKind() { return kind; }

  public String getTaskId() { return taskId; }

  public Long getModelId() { return modelId; }

  public String getMessage() { return message; }

  public Instant getCreatedAt() { return createdAt; }

  public Instant getReadAt() { return readAt; }
}
