package vn.danvan.workflow.model;

import java.util.List;

/** ModelDecisionRepository's save and saveAll: the decision and the reports' tally (DecisionTally) in one transaction. */
public interface TalliedSave<T> {

  <S extends T> S save(S decision);

  <S extends T> List<S> saveAll(Iterable<S> decisions);
}
