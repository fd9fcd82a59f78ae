package vn.danvan.workflow.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.evaluation.Evaluation;
import vn.danvan.workflow.evaluation.EvaluationRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * The yearly campaign. It opens by itself on its date (timer start event in yearly-campaign.bpmn); the bodies
 * that coordinate the evaluation (EVALUATE power, e.g. Ban Dân vận) or an administrator may open it by hand.
 */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

  private final CampaignRepository campaigns;
  private final CampaignOpening opening;
  private final EvaluationRepository evaluations;

  CampaignController(CampaignRepository campaigns, CampaignOpening opening, EvaluationRepository evaluations) {
    this.campaigns = campaigns;
    this.opening = opening;
    this.evaluations = evaluations;
  }

  record OpenRequest(@NotNull @Min(2000) @Max(2100) Integer year) {
  }

  record CampaignView(int year, String openedBy, Instant openedAt, Instant closedAt, int modelCount,
      String processInstanceId, Map<String, Long> evaluationsByStatus, Map<String, Long> ratings) {

    static CampaignView of(Campaign c, List<Evaluation> evaluated) {
      return new CampaignView(c.getYear(), c.getOpenedBy(), c.getOpenedAt(), c.getClosedAt(), c.getModelCount(),
          c.getProcessInstanceId(), count(evaluated, e -> e.getStatus().name()),
          count(evaluated.stream().filter(e -> e.getRatingLabel() != null).toList(), Evaluation::getRatingLabel));
    }

    private static Map<String, Long> count(List<Evaluation> evaluated, Function<Evaluation, String> key) {
      return evaluated.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
  }

  /** Opens that year's campaign at once: every active model gets its self-assessment task. */
  @PostMapping
  @Transactional
  ResponseEntity<CampaignView> open(@Valid @RequestBody OpenRequest request) {
    Campaign opened = opening.open(request.year(), Caller.current());
    return ResponseEntity.created(URI.create("/api/campaigns/" + request.year()))
        .body(CampaignView.of(opened, evaluations.findByYear(request.year())));
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<CampaignView> list() {
    return campaigns.findAllByOrderByYearDesc().stream()
        .map(c -> CampaignView.of(c, evaluations.findByYear(c.getYear()))).toList();
  }

  @GetMapping("/{year}")
  @Transactional(readOnly = true)
  CampaignView get(@PathVariable int year) {
    return campaigns.findByYear(year).map(c -> CampaignView.of(c, evaluations.findByYear(year)))
        .orElseThrow(() -> ApiException.notFound("đợt đánh giá", year));
  }
}
