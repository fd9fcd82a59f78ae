package vn.danvan.workflow.campaign;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.campaign.CampaignProcess.Vars;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.process.BusinessKey;

/**
 * Opens the year's campaign (the timer's year, or the one asked for by hand) and lists the models to evaluate:
 * every model still active, registered that year or before. A year is opened once.
 */
@Component
class OpenCampaignDelegate implements JavaDelegate {

  private final CampaignRepository campaigns;
  private final ModelRepository models;

  OpenCampaignDelegate(CampaignRepository campaigns, ModelRepository models) {
    this.campaigns = campaigns;
    this.models = models;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer asked = FormValues.integer(execution.getVariable(Vars.YEAR));
    int year = asked != null ? asked
        : VietnamTime.today().getYear();
    boolean alreadyOpen = campaigns.existsByYear(year);
    execution.setVariable(Vars.YEAR, year);
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(BusinessKey.campaign(year)); // opened by the timer, which gives no key
    }
    execution.setVariable(Vars.ALREADY_OPEN, alreadyOpen);
    if (alreadyOpen) {
      return;
    }
    List<ModelStatus> active = Arrays.stream(ModelStatus.values()).filter(ModelStatus::isActive).toList();
    List<Long> ids = models.findByStatusInAndYearLessThanEqualOrderByIdAsc(active, year).stream()
        .map(MobilizationModel::getId).toList();
    campaigns.save(new Campaign(year, (String) execution.getVariable(Vars.OPENED_BY),
        ClockUtil.getCurrentTime().toInstant(), ids.size(), execution.getProcessInstanceId()));
    execution.setVariable(Vars.MODEL_IDS, FormOptions.ids(ids));
    execution.setVariable(Vars.MODEL_COUNT, ids.size());
  }
}
