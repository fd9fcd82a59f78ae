package vn.danvan.workflow.petition;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Whoever holds a petition's task is its handling officer (and may read a denouncer's identity). */
@Component
class RecordHandlingOfficer implements TaskListener {

  private final PetitionSteps steps;

  RecordHandlingOfficer(PetitionSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getAssignee() != null) {
      steps.petition(task.getExecution()).handledBy(task.getAssignee());
    }
  }
}
