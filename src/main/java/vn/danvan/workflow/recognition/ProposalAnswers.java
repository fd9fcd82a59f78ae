package vn.danvan.workflow.recognition;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.DecisionHistory;

/** The deciding body's answer to a proposed list (return or reject), written into each proposed model's history. */
@Component
class ProposalAnswers {

  private final RecognitionCandidateRepository candidates;
  private final DecisionHistory history;

  ProposalAnswers(RecognitionCandidateRepository candidates, DecisionHistory history) {
    this.candidates = candidates;
    this.history = history;
  }

  /** Records {@code decision} with its reason on every model still proposed in the round; returns them. */
  List<RecognitionCandidate> record(DelegateExecution execution, RecognitionRound round, String decision,
      String reason) {
    List<RecognitionCandidate> proposed = candidates.findByRoundIdOrderByModelIdAsc(round.getId()).stream()
        .filter(candidate -> candidate.getStatus() == CandidateStatus.PROPOSED)
        .toList();
    proposed.forEach(candidate -> history.recordAtLevel(execution, candidate.getModelId(),
        RecognitionProcess.DECIDE_TASK, round.getLevelName(), decision, reason));
    return proposed;
  }
}
