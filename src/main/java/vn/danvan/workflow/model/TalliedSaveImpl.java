package vn.danvan.workflow.model;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
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
    if (decision.getId() == null) { // the usual case, a new decision: its tally row found without reading it back
      entityManager.flush(); // a model created in this transaction must be there to be read
      tally.added(decision.getModelId(), decision.getDecision(), decision.getStep(), decision.getDecidedAt(), () -> {
        entityManager.persist(decision);
        entityManager.flush();
        return decision.getId();
      });
      return decision;
    }
    return tally.around(List.of(decision.getModelId()), () -> {
      S saved = entityManager.merge(decision);
      entityManager.flush();
      return saved;
    });
  }

  /** Each through {@link #save}: Spring Data's own saveAll would call its internal save and miss the tally. */
  @Override
  @Transactional
  public <S extends ModelDecision> List<S> saveAll(Iterable<S> decisions) {
    List<S> saved = new ArrayList<>();
    decisions.forEach(decision -> saved.add(save(decision)));
    return saved;
  }
}
