package vn.danvan.workflow.recognition;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormOptions.Option;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
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
    RecognitionRound round = rounds.of(execution.getVariable("roundId"));
    List<Long> chosen = FormValues.ids(execution.getVariable("proposedModels"));
    String minutes = FormValues.text(execution.getVariable("minutesNumber"));
    round.proposed(minutes, FormValues.date(execution.getVariable("minutesDate")),
        FormValues.text(execution.getVariable("proposalNote")));
    List<RecognitionCandidate> all = candidates.findByRoundIdOrderByModelIdAsc(round.getId());
    all.forEach(candidate -> candidate.proposed(chosen.contains(candidate.getModelId())));
    List<RecognitionCandidate> proposed = all.stream().filter(c -> chosen.contains(c.getModelId())).toList();
    if (proposed.isEmpty()) {
      throw new FieldRefused("proposedModels", "recognition.proposal.empty");
    }
    List<Option> options = roundModels.options(proposed);
    execution.setVariable("proposedOptions", FormOptions.of(options));
    execution.setVariable("proposedText", RoundModels.text(options));
    execution.removeVariable("decision");
    proposed.forEach(candidate -> history.record(execution, candidate.getModelId(), RecognitionProcess.PROPOSE_TASK,
        "Đề nghị công nhận " + round.getLevelName(), "PROPOSE", "Biên bản họp số " + minutes));
  }
}
