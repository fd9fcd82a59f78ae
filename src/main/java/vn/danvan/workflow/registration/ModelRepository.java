package vn.danvan.workflow.registration;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ModelRepository extends JpaRepository<MobilizationModel, Long>,
    JpaSpecificationExecutor<MobilizationModel> {

  default MobilizationModel byBusinessKey(String businessKey) {
    return findById(Long.valueOf(businessKey))
        .orElseThrow(() -> new IllegalStateException("No model " + businessKey + " for its process"));
  }
}
