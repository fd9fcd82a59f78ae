package vn.danvan.workflow.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file attached to a model as evidence; its bytes are in the evidence folder under storageKey. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "model_id")
  private Long modelId;
  @Enumerated(EnumType.STRING)
  private EvidenceStage stage;
  @Enumerated(EnumType.STRING)
  @Column(name = "document_kind")
  private DocumentKind kind;
  @Column(name = "file_name")
  private String fileName;
  @Column(name = "content_type")
  private String contentType;
  @Column(name = "size_bytes")
  private long size;
  private String sha256;
  @Column(name = "storage_key")
  private String storageKey;
  @Column(name = "uploaded_by")
  private String uploadedBy;
  @Column(name = "uploaded_at")
  private Instant uploadedAt;

  protected EvidenceFile() {
  }

  EvidenceFile(Long modelId, EvidenceStage stage, DocumentKind kind, String fileName, String contentType,
      EvidenceStore.Stored stored, String uploadedBy, Instant uploadedAt) {
    this.modelId = modelId;
    this.stage = stage;
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = stored.size();
    this.sha256 = stored.sha256();
    this.storageKey = stored.key();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() { return id; }

  public Long getModelId() { return modelId; }

  public EvidenceStage getStage() { return stage; }

  public DocumentKind getKind() { return kind; }

  public String getFileName() { return fileName; }

  public String getContentType() { return contentType; }

  public long getSize() { return size; }

  public String getSha256() { return sha256; }

  public String getStorageKey() { return storageKey; }

  public String getUploadedBy() { return uploadedBy; }

  public Instant getUploadedAt() { return uploadedAt; }
}
