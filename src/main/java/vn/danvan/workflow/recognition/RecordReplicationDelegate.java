package vn.danvan.workflow.recognition;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.recognition.RecognitionProcess.Decisions;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.DecisionHistory;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.recognition.RecognitionProcess.Vars;

/** Nhân rộng: which units adopted an outstanding model, and since when. */
@Component
class RecordReplicationDelegate implements JavaDelegate {

  private final ReplicationRepository replications;
  private final UnitRepository units;
  private final DecisionHistory history;

  RecordReplicationDelegate(ReplicationRepository replications, UnitRepository units, DecisionHistory history) {
    this.replications = replications;
    this.units = units;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Long> model = FormValues.ids(execution.getVariable(Vars.REPLICATED_MODEL));
    List<String> adopters = FormValues.strings(execution.getVariable(Vars.ADOPTING_UNITS));
    LocalDate since = FormValues.date(execution.getVariable(Vars.ADOPTED_ON));
    if (!model.isEmpty() && !adopters.isEmpty() && since != null) {
      String note = FormValues.text(execution.getVariable(Vars.REPLICATION_NOTE));
      for (String unitId : adopters) {
        replications.save(new Replication(model.get(0), unitId, since, note, Actors.current(execution),
            ClockUtil.getCurrentTime().toInstant()));
        history.record(execution, model.get(0), RecognitionProcess.REPLICATION_TASK,
            Decisions.REPLICATE, units.findById(unitId).map(u -> u.getName()).orElse(unitId) + " áp dụng từ "
                + VietnamTime.format(since));
      }
    }
    for (String field : List.of(Vars.REPLICATED_MODEL, Vars.ADOPTING_UNITS, Vars.ADOPTED_ON, Vars.REPLICATION_NOTE)) {
      execution.removeVariable(field); // the next round of the loop starts from an empty form
    }
  }
}
