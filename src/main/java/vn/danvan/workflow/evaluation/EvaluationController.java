package vn.danvan.workflow.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.model.ModelAccess;

/** A model's evaluations year by year: its own scores, the reviewer's, the rating, the yearly review. */
@RestController
class EvaluationController {

  private final EvaluationRepository evaluations;
  private final ModelAccess access;

  EvaluationController(EvaluationRepository evaluations, ModelAccess access) {
    this.evaluations = evaluations;
    this.access = access;
  }

  record EvaluationView(int year, EvaluationStatus status, Scores selfScores, String selfNote, String selfAssessedBy,
      Instant selfAssessedAt, String missingItems, Scores scores, Integer bonus, String adjustReason,
      String reviewedBy, Instant reviewedAt, BigDecimal score, String rating, String ratingLabel,
      boolean recognisable, String verdictReason) {

    static EvaluationView of(Evaluation e) {
      return new EvaluationView(e.getYear(), e.getStatus(), e.getSelfScores(), e.getSelfNote(),
          e.getSelfAssessedBy(), e.getSelfAssessedAt(), e.getMissingItems(), e.getScores(), e.getBonus(),
          e.getAdjustReason(), e.getReviewedBy(), e.getReviewedAt(), e.getScore(), e.getRating(),
          e.getRatingLabel(), e.isRecognisable(), e.getVerdictReason());
    }
  }

  @GetMapping("/api/models/{id}/evaluations")
  @Transactional(readOnly = true)
  List<EvaluationView> evaluations(@PathVariable long id) {
    access.visible(id);
    return evaluations.findByModelIdOrderByYearDesc(id).stream().map(EvaluationView::of).toList();
  }
}
