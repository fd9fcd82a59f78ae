package vn.danvan.workflow.recognition;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelLife;
import vn.danvan.workflow.model.ModelStage;
import vn.danvan.workflow.model.ModelTasks;
import vn.danvan.workflow.model.RecordedDecision;

/**
 * The model's recognition decisions, and the open tasks of the rounds it stands in that concern it (proposing
 * and deciding while it is a candidate; selecting once recognised; publicising and replication once outstanding).
 */
@Component
class RecognitionStage implements ModelStage {

  private final RecognitionCandidateRepository candidates;
  private final RecognitionRoundRepository rounds;
  private final TaskService tasks;
  private final ModelTasks modelTasks;

  RecognitionStage(RecognitionCandidateRepository candidates, RecognitionRoundRepository rounds, TaskService tasks,
      ModelTasks modelTasks) {
    this.candidates = candidates;
    this.rounds = rounds;
    this.tasks = tasks;
    this.modelTasks = modelTasks;
  }

  @Override
  public void describe(MobilizationModel model, ModelLife life) {
    for (RecognitionCandidate candidate : candidates.findByModelIdOrderByIdDesc(model.getId())) {
      RecognitionRound round = rounds.findById(candidate.getRoundId()).orElseThrow();
      if (candidate.getStatus() == CandidateStatus.RECOGNISED) {
        RecordedDecision decision = round.getDecision();
        life.recognition(new ModelLife.Decision(round.getYear(), decision.getNumber(), decision.getDate(),
            decision.getSigner(), round.getDeciderTitle(), round.getLevelName(), "CONG_NHAN",
            "Công nhận mô hình, điển hình \"Dân vận khéo\" " + round.getLevelName(), candidate.isOutstanding(),
            round.getId()));
      }
      if (round.getProcessInstanceId() == null) {
        continue;
      }
      List<String> steps = stepsConcerning(candidate);
      tasks.createTaskQuery().processInstanceId(round.getProcessInstanceId()).active().list().stream()
          .filter(task -> steps.contains(task.getTaskDefinitionKey()))
          .forEach(task -> life.openTask(modelTasks.view(task)));
    }
  }

  private static List<String> stepsConcerning(RecognitionCandidate candidate) {
    return switch (candidate.getStatus()) {
      case CANDIDATE, PROPOSED -> List.of(RecognitionProcess.PROPOSE_TASK, RecognitionProcess.DECIDE_TASK);
      case RECOGNISED -> candidate.isOutstanding()
          ? List.of(RecognitionProcess.PUBLICISE_TASK, RecognitionProcess.REPLICATION_TASK)
          : List.of(RecognitionProcess.OUTSTANDING_TASK);
      case NOT_RECOGNISED -> List.of();
    };
  }
}
