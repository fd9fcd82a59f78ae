package vn.danvan.workflow.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An outstanding model publicised in the media by the propaganda department. */
@Entity
@Table(name = "publicity")
public class Publicity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "model_id")
  private Long modelId;
  @Column(name = "round_id")
  private Long roundId;
  private String channel;
  private String title;
  @Column(name = "published_on")
  private LocalDate publishedOn;
  private String link;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected Publicity() {
  }

  public Publicity(Long modelId, Long roundId, String channel, String title, LocalDate publishedOn, String link,
      String recordedBy, Instant recordedAt) {
    this.modelId = modelId;
    this.roundId = roundId;
    this.channel = channel;
    this.title = title;
    this.publishedOn = publishedOn;
    this.link = link;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }

  public Long getModelId() { return modelId; }

  public String getChannel() { return channel; }

  public String getTitle() { return title; }

  public LocalDate getPublishedOn() { return publishedOn; }

  public String getLink() { return link; }

  public String getRecordedBy() { return recordedBy; }
}
