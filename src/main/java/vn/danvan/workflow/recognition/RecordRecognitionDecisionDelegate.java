package vn.danvan.workflow.recognition;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.recognition.RecognitionProcess.Decisions;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.recognition.RecognitionProcess.Vars;

/** The recognition decision (number, date, signer) for the models the body recognised from the list. */
@Component
class RecordRecognitionDecisionDelegate implements JavaDelegate {

  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;
  private final ModelRepository models;
  private final RoundModels roundModels;
  private final DecisionHistory history;

  RecordRecognitionDecisionDelegate(RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates,
      ModelRepository models, RoundModels roundModels, DecisionHistory history) {
    this.rounds = rounds;
    this.candidates = candidates;
    this.models = models;
    this.roundModels = roundModels;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecognitionRound round = rounds.of(execution.getVariable(Vars.ROUND_ID));
    List<Long> recognised = FormValues.ids(execution.getVariable(Vars.RECOGNISED_MODELS));
    SignedDecision decision = SignedDecision.of(execution, "công nhận");
    round.decided(decision, Actors.current(execution), ClockUtil.getCurrentTime().toInstant());
    List<RecognitionCandidate> all = candidates.findByRoundIdOrderByModelIdAsc(round.getId());
    all.forEach(candidate -> candidate.decided(recognised.contains(candidate.getModelId())));
    String comment = decision.summary();
    List<RecognitionCandidate> yes = all.stream().filter(c -> c.getStatus() == CandidateStatus.RECOGNISED).toList();
    yes.forEach(candidate -> {
      models.findById(candidate.getModelId()).orElseThrow().markRecognised();
      history.recordAtLevel(execution, candidate.getModelId(), RecognitionProcess.DECIDE_TASK,
          round.getLevelName(), Decisions.RECOGNISE, comment);
    });
    all.stream().filter(c -> c.getStatus() == CandidateStatus.NOT_RECOGNISED).forEach(candidate -> history
        .recordAtLevel(execution, candidate.getModelId(), RecognitionProcess.DECIDE_TASK,
            round.getLevelName(), Decisions.NOT_RECOGNISED, comment));
    execution.setVariable(Vars.RECOGNISED_OPTIONS, FormOptions.of(roundModels.options(yes)));
    execution.setVariable(Vars.RECOGNISED_COUNT, yes.size());
    execution.removeVariable(FormDescription.DECISION);
  }
}
