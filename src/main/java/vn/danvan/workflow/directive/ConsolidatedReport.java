package vn.danvan.workflow.directive;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The coordinator's consolidated report for a period, as sent to the Standing Committee and the province. */
@Entity
@Table(name = "consolidated_report")
public class ConsolidatedReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "directive_id")
  private Long directiveId;

  private String period;

  @Column(name = "document_number")
  private String documentNumber;

  private String assessment;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "sent_at")
  private Instant sentAt;

  private String recipients;

  @Column(name = "document_name")
  private String documentName;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "document_pdf")
  private byte[] documentPdf;

  protected ConsolidatedReport() {
  }

  public ConsolidatedReport(Long directiveId, String period, String documentNumber, String assessment,
      String signedBy, Instant sentAt, String recipients, String documentName, byte[] documentPdf) {
    this.directiveId = directiveId;
    this.period = period;
    this.documentNumber = documentNumber;
    this.assessment = assessment;
    this.signedBy = signedBy;
    this.sentAt = sentAt;
    this.recipients = recipients;
    this.documentName = documentName;
    this.documentPdf = documentPdf;
  }

  public Long getId() { return id; }

  public Long getDirectiveId() { return directiveId; }

  public String getPeriod() { return period; }

  public String getDocumentNumber() { return documentNumber; }

  public String getAssessment() { return assessment; }

  public String getSignedBy() { return signedBy; }

  public Instant getSentAt() { return sentAt; }

  public String getRecipients() { return recipients; }

  public String getDocumentName() { return documentName; }

  public byte[] getDocumentPdf() { return documentPdf; }
}
