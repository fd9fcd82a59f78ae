package vn.danvan.workflow.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision or certificate as issued: its essentials (what the verification page shows), the PDF byte for byte
 * with its SHA-256, and whether it still stands. Found by the hash of its verification code, never by the code;
 * the code itself is kept only to link to the public verification page.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "code_hash")
  private String codeHash;
  @Column(name = "verification_code")
  private String verificationCode;
  @Enumerated(EnumType.STRING)
  private DocumentKind kind;
  @Column(name = "source_key")
  private String sourceKey;
  @Column(name = "model_id")
  private Long modelId;
  private String title;
  @Column(name = "decision_number")
  private String decisionNumber;
  @Column(name = "decision_date")
  private LocalDate decisionDate;
  private String issuer;
  private String signer;
  private String recipient;
  private String sha256;
  @Basic(fetch = FetchType.LAZY)
  private byte[] pdf;
  @Column(name = "signed_by")
  private String signedBy;
  @Enumerated(EnumType.STRING)
  private DocumentStatus status;
  @Column(name = "revocation_reason")
  private String revocationReason;
  @Column(name = "revoked_by")
  private String revokedBy;
  @Column(name = "revoked_at")
  private Instant revokedAt;
  @Column(name = "issued_at")
  private Instant issuedAt;

  protected IssuedDocument() {
  }

  IssuedDocument(String code, DocumentKind kind, String sourceKey, Paper paper, byte[] pdf, String sha256,
      String signedBy, Instant issuedAt) {
    this.codeHash = VerificationCode.hash(code);
    this.verificationCode = VerificationCode.normalise(code);
    this.kind = kind;
    this.sourceKey = sourceKey;
    this.modelId = paper.modelId();
    this.title = paper.title();
    this.decisionNumber = paper.number();
    this.decisionDate = paper.date();
    this.issuer = paper.issuer().issuingBody();
    this.signer = paper.signerName();
    this.recipient = paper.recipient();
    this.pdf = pdf;
    this.sha256 = sha256;
    this.signedBy = signedBy;
    this.status = DocumentStatus.VALID;
    this.issuedAt = issuedAt;
  }

  void revoke(String reason, String by, Instant at) {
    this.status = DocumentStatus.REVOKED;
    this.revocationReason = reason;
    this.revokedBy = by;
    this.revokedAt = at;
  }

  public Long getId() { return id; }

  String getCodeHash() { return codeHash; }

  /** The code printed on the paper (26 letters, no dashes); null only for a document whose PDF could not be read. */
  public String getVerificationCode() { return verificationCode; }

  /** A document issued before its code was kept: the code read back from its PDF, once it matches the hash. */
  void codeReadBack(String code) {
    if (!VerificationCode.hash(code).equals(codeHash)) {
      throw new IllegalArgumentException("not this document's code");
    }
    this.verificationCode = VerificationCode.normalise(code);
  }

  public DocumentKind getKind() { return kind; }

  public String getSourceKey() { return sourceKey; }

  public Long getModelId() { return modelId; }

  public String getTitle() { return title; }

  public String getDecisionNumber() { return decisionNumber; }

  public LocalDate getDecisionDate() { return decisionDate; }

  public String getIssuer() { return issuer; }

  public String getSigner() { return signer; }

  public String getRecipient() { return recipient; }

  public String getSha256() { return sha256; }

  byte[] getPdf() { return pdf; }

  public String getSignedBy() { return signedBy; }

  public DocumentStatus getStatus() { return status; }

  public String getRevocationReason() { return revocationReason; }

  public String getRevokedBy() { return revokedBy; }

  public Instant getRevokedAt() { return revokedAt; }

  public Instant getIssuedAt() { return issuedAt; }
}
