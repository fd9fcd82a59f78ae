package vn.danvan.workflow.directive;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

  List<Assignment> findByDirectiveIdOrderByUnitId(Long directiveId);

  Optional<Assignment> findByDirectiveIdAndUnitId(Long directiveId, String unitId);

  default Assignment of(Long directiveId, String unitId) {
    return findByDirectiveIdAndUnitId(directiveId, unitId).orElseThrow(
        () -> new IllegalStateException("Unit " + unitId + " has no assignment under directive " + directiveId));
  }
}
