package vn.danvan.workflow.web;

/**
 * What a step refuses of a user's input (a delegate's own check, e.g. a return without any missing item): 400
 * problem+json naming the field, through our API, engine-rest and Tasklist alike, never a 500. The message is
 * {@code CODE} in messages*.properties with {@code args}.
 */
public class FieldRefused extends RuntimeException {

  private final String field;
  private final String code;
  private final transient Object[] args;

  public FieldRefused(String field, String code, Object... args) {
    super(field + ": " + code);
    this.field = field;
    this.code = code;
    this.args = args;
  }

  public String field() { return field; }

  public String code() { return code; }

  public Object[] args() { return args; }
}
