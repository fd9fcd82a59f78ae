package vn.danvan.workflow.recognition;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormOptions.Option;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.recognition.RecognitionProcess.Decisions;
import vn.danvan.workflow.recognition.RecognitionProcess.Vars;

/**
 * Tiêu biểu: the recognised models chosen as outstanding are publicised, proposed for a reward and followed
 * for replication; the units of the area are offered as the ones that may adopt them.
 */
@Component
class SelectOutstandingModelsDelegate implements JavaDelegate {

  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;
  private final RoundModels roundModels;
  private final UnitDirectory directory;
  private final UnitRepository units;
  private final DecisionHistory history;

  SelectOutstandingModelsDelegate(RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates,
      RoundModels roundModels, UnitDirectory directory, UnitRepository units, DecisionHistory history) {
    this.rounds = rounds;
    this.candidates = candidates;
    this.roundModels = roundModels;
    this.directory = directory;
    this.units = units;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecognitionRound round = rounds.of(execution.getVariable(Vars.ROUND_ID));
    List<Long> chosen = FormValues.ids(execution.getVariable(Vars.OUTSTANDING_MODELS));
    List<RecognitionCandidate> outstanding = candidates.findByRoundIdOrderByModelIdAsc(round.getId()).stream()
        .filter(candidate -> candidate.getStatus() == CandidateStatus.RECOGNISED)
        .filter(candidate -> chosen.contains(candidate.getModelId()))
        .toList();
    outstanding.forEach(candidate -> {
      candidate.markOutstanding();
      history.record(execution, candidate.getModelId(), RecognitionProcess.OUTSTANDING_TASK,
          Decisions.SELECT_OUTSTANDING, FormValues.text(execution.getVariable(Vars.OUTSTANDING_NOTE)));
    });
    List<Option> options = roundModels.options(outstanding);
    execution.setVariable(Vars.OUTSTANDING_MODEL_IDS, FormOptions.ids(outstanding.stream()
        .map(RecognitionCandidate::getModelId).toList()));
    execution.setVariable(Vars.OUTSTANDING_OPTIONS, FormOptions.of(options));
    execution.setVariable(Vars.OUTSTANDING_TEXT, RoundModels.text(options));
    execution.setVariable(Vars.HAS_OUTSTANDING, !outstanding.isEmpty());
    execution.setVariable(Vars.UNIT_OPTIONS, FormOptions.of(unitsOf(round.getAreaId())));
  }

  private List<Option> unitsOf(String areaId) {
    Set<String> below = directory.visibleUnitIds(List.of(areaId));
    return units.findAllById(below).stream()
        .filter(unit -> !unit.getId().equals(areaId))
        .sorted(Comparator.comparing(unit -> unit.getName()))
        .map(unit -> new Option(unit.getName(), unit.getId()))
        .toList();
  }
}
