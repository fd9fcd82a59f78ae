package vn.danvan.workflow.reward;

import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelLife;
import vn.danvan.workflow.model.ModelStage;

/** The model's reward decisions (granted), newest first. */
@Component
class RewardStage implements ModelStage {

  private final RewardProposalRepository proposals;

  RewardStage(RewardProposalRepository proposals) {
    this.proposals = proposals;
  }

  @Override
  public void describe(MobilizationModel model, ModelLife life) {
    proposals.findByModelIdOrderByIdDesc(model.getId()).stream()
        .filter(proposal -> proposal.getStatus() == RewardStatus.GRANTED)
        .forEach(granted -> life.reward(new ModelLife.Decision(granted.getYear(), granted.getDecision().getNumber(),
            granted.getDecision().getDate(), granted.getDecision().getSigner(), granted.getAuthorityTitle(),
            granted.getAuthorityLevel(), granted.getRewardForm(), granted.getRewardFormName(), null,
            granted.getId())));
  }
}
