package vn.danvan.workflow.model;

/** ModelDecisionRepository's save: the decision and the reports' tally (DecisionTally) in one transaction. */
public interface TalliedSave<T> {

  <S extends T> S save(S decision);
}
