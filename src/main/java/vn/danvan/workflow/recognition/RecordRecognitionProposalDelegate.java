package vn.danvan.workflow.recognition;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.recognition.RecognitionProcess.Decisions;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormOptions.Option;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.recognition.RecognitionProcess.Vars;
import vn.danvan.workflow.web.FieldRefused;

/** The steering committee's list, with the minutes of its meeting, goes to the deciding body. */
@Component
class RecordRecognitionProposalDelegate implements JavaDelegate {

  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;
  private final RoundModels roundModels;
  private final DecisionHistory history;

  RecordRecognitionProposalDelegate(RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates,
      RoundModels roundModels, DecisionHistory history) {
    this.rounds = rounds;
    this.candidates = candidates;
    this.roundModels = roundModels;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecognitionRound round = rounds.of(execution.getVariable(Vars.ROUND_ID));
    List<Long> chosen = FormValues.ids(execution.getVariable(Vars.PROPOSED_MODELS));
    String minutes = FormValues.text(execution.getVariable(Vars.MINUTES_NUMBER));
    round.proposed(minutes, FormValues.date(execution.getVariable(Vars.MINUTES_DATE)),
        FormValues.text(execution.getVariable(Vars.PROPOSAL_NOTE)));
    List<RecognitionCandidate> all = candidates.findByRoundIdOrderByModelIdAsc(round.getId());
    all.forEach(candidate -> candidate.proposed(chosen.contains(candidate.getModelId())));
    List<RecognitionCandidate> proposed = all.stream().filter(c -> chosen.contains(c.getModelId())).toList();
    if (proposed.isEmpty()) {
      throw new FieldRefused("proposedModels", "recognition.proposal.empty");
    }
    List<Option> options = roundModels.options(proposed);
    execution.setVariable(Vars.PROPOSED_OPTIONS, FormOptions.of(options));
    execution.setVariable(Vars.PROPOSED_TEXT, RoundModels.text(options));
    execution.removeVariable(FormDescription.DECISION);
    proposed.forEach(candidate -> history.recordAtLevel(execution, candidate.getModelId(),
        RecognitionProcess.PROPOSE_TASK, round.getLevelName(), Decisions.PROPOSE, "Biên bản họp số " + minutes));
  }
}
