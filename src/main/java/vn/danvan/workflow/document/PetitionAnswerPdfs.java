package vn.danvan.workflow.document;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A settled petition's answer letter for whoever sees the petition at the desk; others 404. */
@RestController
class PetitionAnswerPdfs {

  private final PetitionAnswers answers;

  PetitionAnswerPdfs(PetitionAnswers answers) {
    this.answers = answers;
  }

  @Operation(summary = "Văn bản trả lời / thông báo kết quả giải quyết đơn, PDF/A")
  @GetMapping("/api/petitions/{id}/answer.pdf")
  ResponseEntity<byte[]> answer(@PathVariable long id) {
    IssuedDocument document = answers.forCaller(id);
    return DocumentController.pdf(answers.pdf(document), document);
  }
}
