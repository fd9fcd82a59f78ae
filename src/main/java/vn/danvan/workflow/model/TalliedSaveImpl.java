package vn.danvan.workflow.model;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/** Replaces the repository's save for every caller (delegates, controllers, fixtures), so the tally never drifts. */
class TalliedSaveImpl implements TalliedSave<ModelDecision> {

  @PersistenceContext
  private EntityManager entityManager;

  private final DecisionTally tally;

  TalliedSaveImpl(DecisionTally tally) {
    this.tally = tally;
  }

  @Override
  @Transactional
  public <S extends ModelDecision> S save(S decision) {
    if (decision.getId() == null && !DecisionTally.counted(decision.getDecision(), decision.getStep())) {
      entityManager.persist(decision);
      return decision;
    }
    return tally.around(List.of(decision.getModelId()), () -> {
      S saved = decision.getId() == null ? persisted(decision) : entityManager.merge(decision);
      entityManager.flush();
      return saved;
    });
  }

  private <S extends ModelDecision> S persisted(S decision) {
    entityManager.persist(decision);
    return decision;
  }
}
