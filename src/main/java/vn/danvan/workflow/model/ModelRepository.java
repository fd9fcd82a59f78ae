package vn.danvan.workflow.model;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import vn.danvan.workflow.process.BusinessKey;

public interface ModelRepository extends JpaRepository<MobilizationModel, Long>,
    JpaSpecificationExecutor<MobilizationModel> {

  /** The models a yearly campaign evaluates: still active, registered that year or before. */
  List<MobilizationModel> findByStatusInAndYearLessThanEqualOrderByIdAsc(Collection<ModelStatus> statuses, int year);

  default MobilizationModel byBusinessKey(String businessKey) {
    return findById(BusinessKey.modelId(businessKey))
        .orElseThrow(() -> new IllegalStateException("No model " + businessKey + " for its process"));
  }
}
