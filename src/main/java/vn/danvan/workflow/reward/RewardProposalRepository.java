package vn.danvan.workflow.reward;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RewardProposalRepository extends JpaRepository<RewardProposal, Long> {

  List<RewardProposal> findByModelIdOrderByIdDesc(Long modelId);

  RewardProposal findByProcessInstanceId(String processInstanceId);

  long countByAuthorityId(Long authorityId);

  List<RewardProposal> findTop5ByAuthorityIdOrderByIdDesc(Long authorityId);

  /** The proposal a model-reward instance works on. */
  default RewardProposal of(DelegateExecution execution) {
    RewardProposal proposal = findByProcessInstanceId(execution.getProcessInstanceId());
    if (proposal == null) {
      throw new IllegalStateException("No reward proposal for process " + execution.getProcessInstanceId());
    }
    return proposal;
  }
}
