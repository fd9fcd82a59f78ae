package vn.danvan.workflow.reward;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.process.Actors;
import vn.danvan.workflow.process.FormValues;
import vn.danvan.workflow.registration.DecisionHistory;
import vn.danvan.workflow.registration.ModelRepository;

/** The reward decision (number, date, signer) is recorded and the model is rewarded. */
@Component
class RecordRewardDecisionDelegate implements JavaDelegate {

  private final RewardProposalRepository proposals;
  private final ModelRepository models;
  private final DecisionHistory history;

  RecordRewardDecisionDelegate(RewardProposalRepository proposals, ModelRepository models, DecisionHistory history) {
    this.proposals = proposals;
    this.models = models;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = required(execution, "decisionNumber");
    LocalDate date = FormValues.date(required(execution, "decisionDate"));
    String signer = required(execution, "signer");
    proposals.of(execution).granted(number, date, signer, Actors.current(execution),
        ClockUtil.getCurrentTime().toInstant());
    models.byBusinessKey(execution.getProcessBusinessKey()).markRewarded();
    history.record(execution, RewardProcess.DECIDE_TASK, "Quyết định khen thưởng", "REWARD",
        execution.getVariable("rewardFormName") + " – Quyết định số " + number + " ngày "
            + date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ", " + signer + " ký");
  }

  private static String required(DelegateExecution execution, String name) {
    String value = FormValues.text(execution.getVariable(name));
    if (value == null) {
      throw new IllegalArgumentException("Thiếu " + name + " của quyết định khen thưởng");
    }
    return value;
  }
}
