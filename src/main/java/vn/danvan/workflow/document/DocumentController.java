package vn.danvan.workflow.document;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.web.PlainText;

/**
 * The decisions and certificates as PDF/A, made from the recorded decision the first time they are asked for and
 * then always the same bytes (no {@code produces} on the mappings: a refusal must still go out as problem+json);
 * the list of a model's documents; revocation by an administrator. Access follows the decision's data: whoever
 * sees the model (or, for a recognition decision, the round's area) gets them; others 404.
 */
@RestController
class DocumentController {

  private final Documents documents;

  DocumentController(Documents documents) {
    this.documents = documents;
  }

  @Operation(summary = "Quyết định công nhận của một đợt (kèm danh sách), PDF/A")
  @GetMapping("/api/documents/recognition-rounds/{roundId}/decision.pdf")
  ResponseEntity<byte[]> recognitionDecision(@PathVariable long roundId) {
    return pdf(documents.issued(documents.recognitionDecision(roundId)));
  }

  @Operation(summary = "Giấy chứng nhận của một mô hình được công nhận trong đợt, PDF/A")
  @GetMapping("/api/documents/recognition-rounds/{roundId}/models/{modelId}/certificate.pdf")
  ResponseEntity<byte[]> recognitionCertificate(@PathVariable long roundId, @PathVariable long modelId) {
    return pdf(documents.issued(documents.recognitionCertificate(roundId, modelId)));
  }

  @Operation(summary = "Quyết định khen thưởng (mọi đề nghị cùng số quyết định ở danh sách kèm theo), PDF/A")
  @GetMapping("/api/documents/reward-proposals/{proposalId}/decision.pdf")
  ResponseEntity<byte[]> rewardDecision(@PathVariable long proposalId) {
    return pdf(documents.issued(documents.rewardDecision(proposalId)));
  }

  @Operation(summary = "Giấy khen (hình thức khen thưởng) của mô hình, PDF/A")
  @GetMapping("/api/documents/reward-proposals/{proposalId}/certificate.pdf")
  ResponseEntity<byte[]> rewardCertificate(@PathVariable long proposalId) {
    return pdf(documents.issued(documents.rewardCertificate(proposalId)));
  }

  /** A document of a model: where to download it, and, once issued, its id, status and hash. */
  record DocumentView(String kind, String title, String number, LocalDate date, String pdf, Long id,
      DocumentStatus status, String sha256, Instant issuedAt, String signedBy, String revocationReason) {

    static DocumentView of(Documents.Listed listed) {
      IssuedDocument issued = listed.issued();
      return issued == null
          ? new DocumentView(listed.kind().name(), listed.title(), listed.number(), listed.date(), listed.apiPath(),
              null, null, null, null, null, null)
          : new DocumentView(listed.kind().name(), listed.title(), listed.number(), listed.date(), listed.apiPath(),
              issued.getId(), issued.getStatus(), issued.getSha256(), issued.getIssuedAt(), issued.getSignedBy(),
              issued.getRevocationReason());
    }
  }

  @Operation(summary = "Các văn bản (quyết định, giấy chứng nhận, giấy khen) của một mô hình")
  @GetMapping("/api/documents/models/{modelId}")
  List<DocumentView> ofModel(@PathVariable long modelId) {
    return documents.ofModel(modelId).stream().map(DocumentView::of).toList();
  }

  record Revocation(@NotBlank @Size(max = 2000) @PlainText String reason) {
  }

  record RevokedView(Long id, DocumentStatus status, String revocationReason, String revokedBy, Instant revokedAt) {
  }

  @Operation(summary = "Thu hồi một văn bản đã phát hành (quản trị), kèm lý do; trang xác thực hiện 'Đã thu hồi'")
  @PostMapping("/api/documents/{id}/revocation")
  RevokedView revoke(@PathVariable long id, @Valid @RequestBody Revocation revocation) {
    IssuedDocument revoked = documents.revoke(id, revocation.reason());
    return new RevokedView(revoked.getId(), revoked.getStatus(), revoked.getRevocationReason(),
        revoked.getRevokedBy(), revoked.getRevokedAt());
  }

  static ResponseEntity<byte[]> pdf(byte[] bytes, IssuedDocument document) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(document.getKind().fileName() + "-" + document.getId() + ".pdf").build().toString())
        .eTag("\"" + document.getSha256() + "\"")
        .body(bytes);
  }

  private ResponseEntity<byte[]> pdf(IssuedDocument document) {
    return pdf(documents.pdf(document), document);
  }
}
