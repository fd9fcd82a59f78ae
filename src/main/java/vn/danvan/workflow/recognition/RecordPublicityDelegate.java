package vn.danvan.workflow.recognition;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.process.Actors;

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
    String channel = FormValues.text(execution.getVariable("channel"));
    String title = FormValues.text(execution.getVariable("publicationTitle"));
    LocalDate publishedOn = FormValues.date(execution.getVariable("publishedOn"));
    String link = FormValues.text(execution.getVariable("publicationLink"));
    Long roundId = Long.valueOf(String.valueOf(execution.getVariable("roundId")));
    for (Long modelId : FormValues.ids(execution.getVariable("outstandingModelIds"))) {
      publicity.save(new Publicity(modelId, roundId, channel, title, publishedOn, link, Actors.current(execution),
          ClockUtil.getCurrentTime().toInstant()));
      history.record(execution, modelId, RecognitionProcess.PUBLICISE_TASK, "Tuyên truyền mô hình tiêu biểu",
          "PUBLICISE", channel + ": " + title);
    }
  }
}
