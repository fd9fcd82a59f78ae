package vn.danvan.workflow.document;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.danvan.workflow.portal.PortalPage;

/** The answer letter linked from the desk's petition page (/tiep-cong-dan/{id}), with the API's rule. */
@PortalPage
class PetitionAnswerPage {

  private final PetitionAnswers answers;

  PetitionAnswerPage(PetitionAnswers answers) {
    this.answers = answers;
  }

  @GetMapping("/tiep-cong-dan/{id:\\d+}/van-ban-tra-loi.pdf")
  ResponseEntity<byte[]> answer(@PathVariable long id) {
    IssuedDocument document = answers.forCaller(id);
    return DocumentController.pdf(answers.pdf(document), document);
  }
}
