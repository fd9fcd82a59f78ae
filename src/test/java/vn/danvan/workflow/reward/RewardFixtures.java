package vn.danvan.workflow.reward;

import java.time.Instant;
import vn.danvan.workflow.model.SignedDecision;
import vn.danvan.workflow.organisation.Authority;

/** A reward proposal granted as the process records it, for suites outside this package (documents). */
public final class RewardFixtures {

  private RewardFixtures() {
  }

  public static RewardProposal granted(RewardProposalRepository proposals, Long modelId, int year, String councilArea,
      Authority authority, SignedDecision decision, Instant at) {
    RewardProposal proposal = new RewardProposal(modelId, year, councilArea, "hoi-dong-tdkt-huyen", null, at);
    proposal.submitted("15/TTr-UBND", "108/120 hộ đồng thuận dồn điền đổi thửa");
    proposal.approved(authority, false, "Nhất trí 7/7");
    proposal.granted(decision, "chair", at);
    return proposals.save(proposal);
  }
}
