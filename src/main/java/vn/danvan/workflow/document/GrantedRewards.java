package vn.danvan.workflow.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;
import vn.danvan.workflow.reward.RewardProposal;
import vn.danvan.workflow.reward.RewardStatus;

/** Reward proposals as the documents read them: granted, and those sharing one paper. */
interface GrantedRewards extends Repository<RewardProposal, Long> {

  Optional<RewardProposal> findById(Long id);

  List<RewardProposal> findByModelIdAndStatusOrderByIdAsc(Long modelId, RewardStatus status);

  List<RewardProposal> findByDecisionNumberAndDecisionDateAndStatusOrderByIdAsc(String number, LocalDate date,
      RewardStatus status);
}
