package vn.danvan.workflow.web;

import java.util.List;

/**
 * What a step refuses of a user's input (a delegate's own check, e.g. a return without any missing item): 400
 * problem+json naming the field, through our API, engine-rest and Tasklist alike, never a 500. The message is
 * {@code CODE} in messages*.properties with {@code args}.
 */
public class FieldRefused extends FieldProblems {

  public FieldRefused(String field, String code, Object... args) {
    super(List.of(new Problem(field, code, args)));
  }

  public String field() { return problems().get(0).field(); }

  public String code() { return problems().get(0).code(); }

  public Object[] args() { return problems().get(0).args(); }
}
