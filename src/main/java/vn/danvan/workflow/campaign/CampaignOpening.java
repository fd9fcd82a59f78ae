package vn.danvan.workflow.campaign;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * Opening a year's campaign by hand, for POST /api/campaigns and the page "Đợt đánh giá hằng năm" alike: the bodies
 * that coordinate the evaluation (EVALUATE power, e.g. the Ban Dân vận) or an administrator, once a year.
 */
@Component
class CampaignOpening {

  private final CampaignRepository campaigns;
  private final CampaignProcess process;
  private final Authorities authorities;

  CampaignOpening(CampaignRepository campaigns, CampaignProcess process, Authorities authorities) {
    this.campaigns = campaigns;
    this.process = process;
    this.authorities = authorities;
  }

  boolean mayOpen(Caller caller) {
    return caller.isAdmin() || authorities.coordinates(caller.groups());
  }

  /**
   * Opens that year's campaign at once: every active model gets its self-assessment task.
   *
   * @throws ApiException 403 for anyone who may not, 409 ("campaign-open") when the year has its campaign
   */
  Campaign open(int year, Caller caller) {
    if (!mayOpen(caller)) {
      throw ApiException.forbidden();
    }
    if (campaigns.existsByYear(year)) {
      throw new ApiException(HttpStatus.CONFLICT, "campaign-open", year);
    }
    process.openByHand(year, caller.username());
    return campaigns.findByYear(year).orElseThrow();
  }
}
