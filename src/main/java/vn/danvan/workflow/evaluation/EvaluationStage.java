package vn.danvan.workflow.evaluation;

import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelLife;
import vn.danvan.workflow.model.ModelStage;

/** The model's latest rating, for its view. */
@Component
class EvaluationStage implements ModelStage {

  private final EvaluationRepository evaluations;

  EvaluationStage(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void describe(MobilizationModel model, ModelLife life) {
    evaluations.findByModelIdOrderByYearDesc(model.getId()).stream()
        .filter(evaluation -> evaluation.getRating() != null)
        .findFirst()
        .ifPresent(latest -> life.rating(new ModelLife.Rating(latest.getYear(), latest.getRating(),
            latest.getRatingLabel(), latest.getScore(), latest.getStatus().name())));
  }
}
