package vn.danvan.workflow.web;

import org.springframework.http.HttpStatus;

/** A refusal with a status and a message key (problem.CODE.title/detail in messages*.properties). */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final transient Object[] args;

  public ApiException(HttpStatus status, String code, Object... args) {
    super(code);
    this.status = status;
    this.code = code;
    this.args = args;
  }

  public static ApiException notFound(String what, Object id) {
    return new ApiException(HttpStatus.NOT_FOUND, "not-found", what, id);
  }

  public static ApiException forbidden() {
    return new ApiException(HttpStatus.FORBIDDEN, "forbidden");
  }

  public HttpStatus status() { return status; }

  public String code() { return code; }

  public Object[] args() { return args; }
}
