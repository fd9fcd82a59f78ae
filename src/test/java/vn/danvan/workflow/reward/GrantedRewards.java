package vn.danvan.workflow.reward;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.organisation.Authority;

/**
 * Reward proposals as the reward process leaves them, written through the repository for tests that need the
 * outcome and not the walk: each step is the entity's own.
 */
public final class GrantedRewards {

  private final RewardProposalRepository proposals;

  public GrantedRewards(RewardProposalRepository proposals) {
    this.proposals = proposals;
  }

  /** Submitted with its letter and achievements, approved by the council, granted by the authority's paper. */
  public RewardProposal granted(long modelId, int year, String councilAreaId, Authority authority,
      String letterNumber, String councilNote, SignedDecision paper, String recordedBy) {
    RewardProposal proposal = new RewardProposal(modelId, year, councilAreaId, "hoi-dong-tdkt-huyen", null,
        ClockUtil.getCurrentTime().toInstant());
    proposal.submitted(letterNumber, "Thành tích nêu trong tờ trình");
    proposal.approved(authority, false, councilNote);
    proposal.granted(paper, recordedBy, ClockUtil.getCurrentTime().toInstant());
    return proposals.save(proposal);
  }
}
