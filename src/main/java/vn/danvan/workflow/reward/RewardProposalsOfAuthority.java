package vn.danvan.workflow.reward;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.organisation.AuthorityUses;

/** The reward proposals an authority granted (or is to grant) keep it: their authority_id is a foreign key. */
@Component
class RewardProposalsOfAuthority implements AuthorityUses {

  private final RewardProposalRepository proposals;
  private final ModelRepository models;

  RewardProposalsOfAuthority(RewardProposalRepository proposals, ModelRepository models) {
    this.proposals = proposals;
    this.models = models;
  }

  @Override
  public Use of(long authorityId) {
    long count = proposals.countByAuthorityId(authorityId);
    if (count == 0) {
      return Use.none("reward-proposal");
    }
    List<Long> modelIds = proposals.findTop5ByAuthorityIdOrderByIdDesc(authorityId).stream()
        .map(RewardProposal::getModelId).distinct().toList();
    List<String> names = models.findAllById(modelIds).stream().map(MobilizationModel::getName).sorted().toList();
    return new Use("reward-proposal", count, names);
  }
}
