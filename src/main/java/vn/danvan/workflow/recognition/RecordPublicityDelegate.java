package vn.danvan.workflow.recognition;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.recognition.RecognitionProcess.Decisions;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.recognition.RecognitionProcess.Vars;

/** Where and when the propaganda department publicised the round's outstanding models. */
@Component
class RecordPublicityDelegate implements JavaDelegate {

  private final PublicityRepository publicity;
  private final DecisionHistory history;

  RecordPublicityDelegate(PublicityRepository publicity, DecisionHistory history) {
    this.publicity = publicity;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String channel = FormValues.text(execution.getVariable(Vars.CHANNEL));
    String title = FormValues.text(execution.getVariable(Vars.PUBLICATION_TITLE));
    LocalDate publishedOn = FormValues.date(execution.getVariable(Vars.PUBLISHED_ON));
    String link = FormValues.text(execution.getVariable(Vars.PUBLICATION_LINK));
    Long roundId = Long.valueOf(String.valueOf(execution.getVariable(Vars.ROUND_ID)));
    for (Long modelId : FormValues.ids(execution.getVariable(Vars.OUTSTANDING_MODEL_IDS))) {
      publicity.save(new Publicity(modelId, roundId, channel, title, publishedOn, link, Actors.current(execution),
          ClockUtil.getCurrentTime().toInstant()));
      history.record(execution, modelId, RecognitionProcess.PUBLICISE_TASK,
          Decisions.PUBLICISE, channel + ": " + title);
    }
  }
}
