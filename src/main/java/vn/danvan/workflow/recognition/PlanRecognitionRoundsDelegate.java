package vn.danvan.workflow.recognition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.evaluation.Evaluation;
import vn.danvan.workflow.evaluation.EvaluationRepository;
import vn.danvan.workflow.evaluation.EvaluationStatus;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.Power;
import vn.danvan.workflow.recognition.RecognitionProcess.Vars;

/**
 * After the year's evaluations: every model rated high enough (model-rating.dmn) goes into the round of the
 * nearest body above its unit with the RECOGNISE power; one round per such body.
 */
@Component
class PlanRecognitionRoundsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(PlanRecognitionRoundsDelegate.class);

  private final EvaluationRepository evaluations;
  private final ModelRepository models;
  private final Authorities authorities;
  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;

  PlanRecognitionRoundsDelegate(EvaluationRepository evaluations, ModelRepository models, Authorities authorities,
      RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates) {
    this.evaluations = evaluations;
    this.models = models;
    this.authorities = authorities;
    this.rounds = rounds;
    this.candidates = candidates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = FormValues.integer(execution.getVariable(Vars.YEAR));
    Map<Long, List<Evaluation>> byAuthority = new LinkedHashMap<>();
    Map<Long, Authority> deciders = new LinkedHashMap<>();
    for (Evaluation evaluation : evaluations
        .findByYearAndRecognisableTrueAndStatusOrderByModelIdAsc(year, EvaluationStatus.KEPT)) {
      String unitId = models.findById(evaluation.getModelId()).orElseThrow().getUnitId();
      Optional<Authority> decider = authorities.nearest(unitId, Power.RECOGNISE);
      if (decider.isEmpty()) {
        log.warn("No body may recognise models of unit {}: model {} is left out", unitId, evaluation.getModelId());
        continue;
      }
      deciders.putIfAbsent(decider.get().getId(), decider.get());
      byAuthority.computeIfAbsent(decider.get().getId(), id -> new ArrayList<>()).add(evaluation);
    }
    List<Long> roundIds = new ArrayList<>();
    byAuthority.forEach((authorityId, rated) -> {
      RecognitionRound round = rounds.save(new RecognitionRound(year, deciders.get(authorityId)));
      rated.forEach(evaluation -> candidates.save(new RecognitionCandidate(round.getId(), evaluation.getModelId(),
          evaluation.getScore(), evaluation.getRatingLabel())));
      roundIds.add(round.getId());
    });
    execution.setVariable(Vars.ROUND_IDS, FormOptions.ids(roundIds));
    execution.setVariable(Vars.ROUND_COUNT, roundIds.size());
  }
}
