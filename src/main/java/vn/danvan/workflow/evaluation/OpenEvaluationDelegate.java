package vn.danvan.workflow.evaluation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.evaluation.EvaluationProcess.Vars;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.ModelVariables;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;

/**
 * Opens the year's evaluation sheet of a model and says who evaluates it: the unit self-assesses; the body that
 * reviews its registrations and every body with the EVALUATE power above it (e.g. the member in charge) adjust.
 */
@Component
class OpenEvaluationDelegate implements JavaDelegate {

  private final ModelRepository models;
  private final UnitRepository units;
  private final Authorities authorities;
  private final EvaluationRepository evaluations;

  OpenEvaluationDelegate(ModelRepository models, UnitRepository units, Authorities authorities,
      EvaluationRepository evaluations) {
    this.models = models;
    this.units = units;
    this.authorities = authorities;
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MobilizationModel model = models.byBusinessKey(execution.getProcessBusinessKey());
    Unit unit = units.findById(model.getUnitId()).orElseThrow();
    int year = FormValues.integer(execution.getVariable(Vars.YEAR));
    evaluations.save(new Evaluation(model.getId(), year, execution.getProcessInstanceId(),
        ClockUtil.getCurrentTime().toInstant()));
    Set<String> reviewers = new LinkedHashSet<>();
    if (unit.getRegistrationReviewerId() != null) {
      reviewers.add(unit.getRegistrationReviewerId());
    }
    reviewers.addAll(authorities.evaluators(unit.getId()));
    if (reviewers.isEmpty()) {
      reviewers.add("camunda-admin"); // no body set up yet: the administrator sees it rather than nobody
    }
    Map<String, Object> variables = ModelVariables.of(model, unit);
    variables.put(Vars.REVIEWER_GROUP, reviewers.iterator().next());
    variables.put(Vars.REVIEWER_GROUPS, String.join(",", reviewers));
    execution.setVariables(variables);
  }
}
