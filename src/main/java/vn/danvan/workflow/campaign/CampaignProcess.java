package vn.danvan.workflow.campaign;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.process.BusinessKey;

/**
 * processes/yearly-campaign.bpmn: opened each year by its timer start event, or by hand through its message
 * start event (POST /api/campaigns).
 */
@Component
public class CampaignProcess {

  public static final String KEY = "yearly-campaign";
  public static final String OPENED_BY_HAND = "CampaignOpenedByHand";

  /** The campaign's variables. */
  public static final class Vars {
    public static final String YEAR = "year";
    public static final String OPENED_BY = "openedBy";
    public static final String ALREADY_OPEN = "alreadyOpen";
    public static final String MODEL_IDS = "modelIds";
    public static final String MODEL_COUNT = "modelCount";

    private Vars() {
    }
  }

  private final RuntimeService runtime;

  CampaignProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  ProcessInstance openByHand(int year, String openedBy) {
    return runtime.createMessageCorrelation(OPENED_BY_HAND)
        .processInstanceBusinessKey(BusinessKey.campaign(year))
        .setVariables(Map.of(Vars.YEAR, year, Vars.OPENED_BY, openedBy))
        .correlateStartMessage();
  }
}
