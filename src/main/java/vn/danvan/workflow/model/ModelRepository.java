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

  /** How many models of these units stand at each status (the portal's home page). */
  @org.springframework.data.jpa.repository.Query("""
      select m.status as status, count(m) as count from MobilizationModel m
      where m.unitId in :units group by m.status""")
  List<StatusCount> countByStatus(@org.springframework.data.repository.query.Param("units") Collection<String> units);

  @org.springframework.data.jpa.repository.Query(
      "select m.status as status, count(m) as count from MobilizationModel m group by m.status")
  List<StatusCount> countByStatus();

  interface StatusCount {
    ModelStatus getStatus();

    long getCount();
  }

  default MobilizationModel byBusinessKey(String businessKey) {
    return findById(BusinessKey.modelId(businessKey))
        .orElseThrow(() -> new IllegalStateException("No model " + businessKey + " for its process"));
  }
}
