package vn.danvan.workflow.reward;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.model.ModelAccess;
import vn.danvan.workflow.model.RecordedDecision;

/** A model's reward proposals, whatever became of them (the model's view lists the granted ones). */
@RestController
class RewardController {

  private final RewardProposalRepository proposals;
  private final ModelAccess access;

  RewardController(RewardProposalRepository proposals, ModelAccess access) {
    this.proposals = proposals;
    this.access = access;
  }

  record ProposalView(Long id, int year, RewardStatus status, String letterNumber, String achievements,
      String missingItems, String councilNote, String refusalReason, String rewardForm, String rewardFormName,
      String authorityTitle, String authorityLevel, boolean forwarded, String decisionNumber, LocalDate decisionDate,
      String signer, String decidedBy, Instant decidedAt) {

    static ProposalView of(RewardProposal p) {
      RecordedDecision decision = p.getDecision();
      return new ProposalView(p.getId(), p.getYear(), p.getStatus(), p.getLetterNumber(), p.getAchievements(),
          p.getMissingItems(), p.getCouncilNote(), p.getRefusalReason(), p.getRewardForm(), p.getRewardFormName(),
          p.getAuthorityTitle(), p.getAuthorityLevel(), p.isForwarded(), decision.getNumber(), decision.getDate(),
          decision.getSigner(), decision.getDecidedBy(), decision.getDecidedAt());
    }
  }

  @GetMapping("/api/models/{id}/reward-proposals")
  @Transactional(readOnly = true)
  List<ProposalView> proposals(@PathVariable long id) {
    access.visible(id);
    return proposals.findByModelIdOrderByIdDesc(id).stream().map(ProposalView::of).toList();
  }
}
