package vn.danvan.workflow.model;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Decisions on models; {@link #save} also keeps the reports' tally ({@link TalliedSave}). */
public interface ModelDecisionRepository extends JpaRepository<ModelDecision, Long>, TalliedSave<ModelDecision> {

  List<ModelDecision> findByModelIdOrderByDecidedAtAscIdAsc(Long modelId);
}
