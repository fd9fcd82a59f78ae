package vn.danvan.workflow.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.campaign.CampaignProcess.Vars;
import vn.danvan.workflow.form.FormValues;

/** Every evaluation, recognition and reward of the year is through: the campaign is closed. */
@Component
class CloseCampaignDelegate implements JavaDelegate {

  private final CampaignRepository campaigns;

  CloseCampaignDelegate(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.findByYear(FormValues.integer(execution.getVariable(Vars.YEAR)))
        .ifPresent(campaign -> campaign.close(ClockUtil.getCurrentTime().toInstant()));
  }
}
