package vn.danvan.workflow.recognition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormOptions.Option;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.model.ModelVariables;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.recognition.RecognitionProcess.Vars;

/** Puts a round's candidates and bodies into the instance: who proposes, who decides, who publicises. */
@Component
class OpenRecognitionRoundDelegate implements JavaDelegate {

  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;
  private final RoundModels roundModels;
  private final UnitRepository units;

  OpenRecognitionRoundDelegate(RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates,
      RoundModels roundModels, UnitRepository units) {
    this.rounds = rounds;
    this.candidates = candidates;
    this.roundModels = roundModels;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecognitionRound round = rounds.of(execution.getVariable(Vars.ROUND_ID));
    round.startedAs(execution.getProcessInstanceId());
    List<Option> options = roundModels.options(candidates.findByRoundIdOrderByModelIdAsc(round.getId()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.ROUND_ID, round.getId());
    String areaName = units.findById(round.getAreaId()).map(u -> u.getName()).orElse(round.getAreaId());
    variables.put(Vars.ROUND_NAME, round.title());
    variables.put(Vars.AREA_NAME, areaName);
    // what Tasklist's columns (name, unit) show for a round's tasks
    variables.put(ModelVariables.NAME, round.title());
    variables.put(ModelVariables.UNIT_ID, round.getAreaId());
    variables.put(ModelVariables.UNIT_NAME, areaName);
    variables.put(Vars.LEVEL_NAME, round.getLevelName());
    variables.put(Vars.AREA_ID, round.getAreaId());
    variables.put(Vars.YEAR, round.getYear());
    variables.put(Vars.PROPOSER_GROUP, round.getProposerGroup());
    variables.put(Vars.DECIDER_GROUP, round.getDeciderGroup());
    variables.put(Vars.DECIDER_TITLE, round.getDeciderTitle());
    variables.put(Vars.PUBLICIST_GROUP, round.getPublicistGroup() != null ? round.getPublicistGroup()
        : round.getProposerGroup());
    variables.put(Vars.CANDIDATE_OPTIONS, FormOptions.of(options));
    variables.put(Vars.CANDIDATES_TEXT, RoundModels.text(options));
    execution.setVariables(variables);
  }
}
