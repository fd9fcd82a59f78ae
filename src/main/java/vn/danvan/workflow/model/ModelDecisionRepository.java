package vn.danvan.workflow.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ModelDecisionRepository extends JpaRepository<ModelDecision, Long> {

  List<ModelDecision> findByModelIdOrderByDecidedAtAscIdAsc(Long modelId);
}
