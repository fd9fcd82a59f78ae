package vn.danvan.workflow.recognition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormOptions.Option;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.organisation.UnitRepository;

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
    RecognitionRound round = rounds.of(execution.getVariable("roundId"));
    round.startedAs(execution.getProcessInstanceId());
    List<Option> options = roundModels.options(candidates.findByRoundIdOrderByModelIdAsc(round.getId()));
    Map<String, Object> variables = new HashMap<>();
    variables.put("roundId", round.getId());
    String areaName = units.findById(round.getAreaId()).map(u -> u.getName()).orElse(round.getAreaId());
    variables.put("roundName", round.title());
    variables.put("areaName", areaName);
    // what Tasklist's columns (name, unit) show for a round's tasks
    variables.put("name", round.title());
    variables.put("unitId", round.getAreaId());
    variables.put("unitName", areaName);
    variables.put("levelName", round.getLevelName());
    variables.put("areaId", round.getAreaId());
    variables.put("year", round.getYear());
    variables.put("proposerGroup", round.getProposerGroup());
    variables.put("deciderGroup", round.getDeciderGroup());
    variables.put("deciderTitle", round.getDeciderTitle());
    variables.put("publicistGroup", round.getPublicistGroup() != null ? round.getPublicistGroup()
        : round.getProposerGroup());
    variables.put("candidateOptions", FormOptions.of(options));
    variables.put("candidatesText", RoundModels.text(options));
    execution.setVariables(variables);
  }
}
