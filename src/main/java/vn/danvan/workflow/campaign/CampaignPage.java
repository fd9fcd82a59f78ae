package vn.danvan.workflow.campaign;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.workflow.campaign.CampaignController.CampaignView;
import vn.danvan.workflow.evaluation.EvaluationRepository;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * "Đợt đánh giá hằng năm" (/dot-danh-gia): each year's campaign and how far its evaluations have come, for everyone
 * signed in (as GET /api/campaigns); the bodies that coordinate the evaluation (EVALUATE power, the Ban Dân vận)
 * and administrators may open a year's campaign by hand, as POST /api/campaigns does, instead of waiting for its
 * date. The figures are the API's {@link CampaignView}.
 */
@PortalPage
class CampaignPage {

  static final String PATH = "/dot-danh-gia";
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2100;

  private final CampaignRepository campaigns;
  private final CampaignOpening opening;
  private final EvaluationRepository evaluations;
  private final Clock clock;

  CampaignPage(CampaignRepository campaigns, CampaignOpening opening, EvaluationRepository evaluations, Clock clock) {
    this.campaigns = campaigns;
    this.opening = opening;
    this.evaluations = evaluations;
    this.clock = clock;
  }

  /** A campaign as the page shows it: the API's figures, and the share of its models rated or decided. */
  record Line(CampaignView campaign, long done, int percent) {

    static Line of(CampaignView campaign) {
      long done = campaign.evaluationsByStatus().entrySet().stream()
          .filter(e -> List.of("RATED", "KEPT", "REMOVED").contains(e.getKey())).mapToLong(e -> e.getValue()).sum();
      int percent = campaign.modelCount() == 0 ? 0 : (int) Math.min(100, done * 100 / campaign.modelCount());
      return new Line(campaign, done, percent);
    }
  }

  @GetMapping(PATH)
  @Transactional(readOnly = true)
  String page(Model page) {
    return show(page, String.valueOf(LocalDate.now(clock).getYear()), null);
  }

  @PostMapping(PATH)
  @Transactional
  String open(@RequestParam(name = "nam", required = false) String typed, Model page, RedirectAttributes flash,
      HttpServletResponse response) {
    Caller caller = Caller.current();
    if (!opening.mayOpen(caller)) {
      throw ApiException.forbidden(); // before the year is read: nothing to tell who may not
    }
    Integer year = year(typed);
    if (year == null) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return show(page, typed, "campaign.open.year.invalid");
    }
    try {
      opening.open(year, caller);
    } catch (ApiException refused) {
      if (refused.status() != HttpStatus.CONFLICT) {
        throw refused;
      }
      response.setStatus(HttpStatus.CONFLICT.value());
      return show(page, typed, "campaign.open.exists");
    }
    flash.addFlashAttribute("opened", year);
    return "redirect:" + PATH;
  }

  private String show(Model page, String year, String error) {
    page.addAttribute("lines", campaigns.findAllByOrderByYearDesc().stream()
        .map(c -> Line.of(CampaignView.of(c, evaluations.findByYear(c.getYear())))).toList());
    page.addAttribute("mayOpen", opening.mayOpen(Caller.current()));
    page.addAttribute("year", year);
    page.addAttribute("error", error);
    return "campaign/page";
  }

  /** The year typed, when it is one the API accepts; else null. */
  static Integer year(String typed) {
    if (typed == null || !typed.strip().matches("\\d{4}")) {
      return null;
    }
    int year = Integer.parseInt(typed.strip());
    return year < FIRST_YEAR || year > LAST_YEAR ? null : year;
  }
}
