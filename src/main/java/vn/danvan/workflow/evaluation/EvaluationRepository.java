package vn.danvan.workflow.evaluation;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.danvan.workflow.evaluation.EvaluationProcess.Vars;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.process.BusinessKey;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  Optional<Evaluation> findByModelIdAndYear(Long modelId, int year);

  List<Evaluation> findByModelIdOrderByYearDesc(Long modelId);

  List<Evaluation> findByYear(int year);

  /** The year's models rated high enough to be proposed for recognition, and kept. */
  List<Evaluation> findByYearAndRecognisableTrueAndStatusOrderByModelIdAsc(int year, EvaluationStatus status);

  /** The evaluation a model-evaluation instance works on: its model (business key) in its year. */
  default Evaluation of(DelegateExecution execution) {
    return of(BusinessKey.modelId(execution.getProcessBusinessKey()), FormValues.integer(execution.getVariable(Vars.YEAR)));
  }

  default Evaluation of(Long modelId, int year) {
    return findByModelIdAndYear(modelId, year)
        .orElseThrow(() -> new IllegalStateException("No evaluation of model " + modelId + " in " + year));
  }
}
