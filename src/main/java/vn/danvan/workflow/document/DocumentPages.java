package vn.danvan.workflow.document;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.danvan.workflow.portal.PortalPage;

/**
 * "Giấy chứng nhận / Quyết định" of a model (/mo-hinh/{id}/van-ban): its decisions and certificates, each to
 * download as PDF, with the same rules as the API ({@link Documents}): another unit's model is 404.
 */
@PortalPage
class DocumentPages {

  private final Documents documents;

  DocumentPages(Documents documents) {
    this.documents = documents;
  }

  @GetMapping("/mo-hinh/{id:\\d+}/van-ban")
  String ofModel(@PathVariable long id, Model page) {
    page.addAttribute("modelId", id);
    page.addAttribute("documents", documents.ofModel(id));
    return "document/documents";
  }

  @GetMapping("/van-ban/cong-nhan/{roundId:\\d+}/quyet-dinh.pdf")
  ResponseEntity<byte[]> recognitionDecision(@PathVariable long roundId) {
    return pdf(documents.issued(documents.recognitionDecision(roundId)));
  }

  @GetMapping("/van-ban/cong-nhan/{roundId:\\d+}/mo-hinh/{modelId:\\d+}/giay-chung-nhan.pdf")
  ResponseEntity<byte[]> recognitionCertificate(@PathVariable long roundId, @PathVariable long modelId) {
    return pdf(documents.issued(documents.recognitionCertificate(roundId, modelId)));
  }

  @GetMapping("/van-ban/khen-thuong/{proposalId:\\d+}/quyet-dinh.pdf")
  ResponseEntity<byte[]> rewardDecision(@PathVariable long proposalId) {
    return pdf(documents.issued(documents.rewardDecision(proposalId)));
  }

  @GetMapping("/van-ban/khen-thuong/{proposalId:\\d+}/giay-khen.pdf")
  ResponseEntity<byte[]> rewardCertificate(@PathVariable long proposalId) {
    return pdf(documents.issued(documents.rewardCertificate(proposalId)));
  }

  private ResponseEntity<byte[]> pdf(IssuedDocument document) {
    return DocumentController.pdf(documents.pdf(document), document);
  }
}
