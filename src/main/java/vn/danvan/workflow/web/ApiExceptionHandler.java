package vn.danvan.workflow.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * One error shape for the whole API: problem+json, a clear message per field, never a stack trace. For every
 * MVC request, also those no controller took (an unknown address, a method an address does not accept).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final Problems problems;
  private final MessageSource messages;

  ApiExceptionHandler(Problems problems, MessageSource messages) {
    this.problems = problems;
    this.messages = messages;
  }

  record FieldProblem(String field, String message) {
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> refused(ApiException e) {
    return respond(problems.of(e.status(), e.code(), locale(), e.args()));
  }

  /** A task's form or a step of a process refused the input (FieldRefused is the one-field case). */
  @ExceptionHandler(FieldProblems.class)
  ResponseEntity<ProblemDetail> fieldProblems(FieldProblems e) {
    Locale locale = locale();
    List<FieldProblem> errors = e.problems().stream()
        .map(p -> new FieldProblem(p.field(), problems.text(p.code(), locale, p.args())))
        .toList();
    ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale, errors.size());
    problem.setProperty("errors", errors);
    return respond(problem);
  }

  /** Two people acting on the same thing at once: the second is told, nothing is half-done. */
  @ExceptionHandler({org.springframework.dao.PessimisticLockingFailureException.class,
      org.camunda.bpm.engine.OptimisticLockingException.class})
  ResponseEntity<ProblemDetail> lockConflict(Exception e) {
    return respond(problems.of(HttpStatus.CONFLICT, "conflict", locale()));
  }

  /** No database connection within the pool's timeout: the service is overloaded, the client may retry. */
  @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
      org.springframework.dao.DataAccessResourceFailureException.class})
  ResponseEntity<ProblemDetail> busy(Exception e) {
    log.warn("No database connection: {}", e.getMessage());
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "2")
        .body(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", locale()));
  }

  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> concurrentChange(ObjectOptimisticLockingFailureException e) {
    return respond(problems.of(HttpStatus.CONFLICT, "conflict", locale()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale(), 1);
    problem.setProperty("errors", List.of(new FieldProblem(e.getName(), typeMessage(e.getRequiredType()))));
    return respond(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (LockConflicts.isLockConflict(e)) {
      log.warn("Lock conflict: {}", e.getMessage());
      return respond(problems.of(HttpStatus.CONFLICT, "conflict", locale()));
    }
    log.error("Unexpected error", e);
    return respond(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", locale()));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Locale locale = locale();
    List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), fieldMessage(error, locale)))
        .toList();
    ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale, errors.size());
    problem.setProperty("errors", errors);
    return new ResponseEntity<>(problem, HttpStatus.BAD_REQUEST);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Locale locale = locale();
    List<FieldProblem> errors = e.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
            result.getMethodParameter().getParameterName(),
            messages.getMessage(error, Problems.supported(locale)))))
        .toList();
    ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale, errors.size());
    problem.setProperty("errors", errors);
    return new ResponseEntity<>(problem, HttpStatus.BAD_REQUEST);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Locale locale = locale();
    if (e.getCause() instanceof BodySizeLimit.TooLarge tooLarge) {
      return new ResponseEntity<>(problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", locale, tooLarge.kilobytes()),
          HttpStatus.PAYLOAD_TOO_LARGE);
    }
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining("."));
      String message = mismatch instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()
          ? problems.text("field.enum", locale, Arrays.toString(invalid.getTargetType().getEnumConstants()))
          : typeMessage(mismatch.getTargetType());
      ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "validation", locale, 1);
      problem.setProperty("errors", List.of(new FieldProblem(field, message)));
      return new ResponseEntity<>(problem, HttpStatus.BAD_REQUEST);
    }
    return new ResponseEntity<>(problems.of(HttpStatus.BAD_REQUEST, "unreadable", locale), HttpStatus.BAD_REQUEST);
  }

  /**
   * An unknown address asked for by a browser outside the API is the portal's 404 page (Spring Boot's /error
   * renders templates/error.html); anything else gets problem+json.
   */
  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      org.springframework.web.servlet.resource.NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet && isPage(servlet)) {
      try {
        servlet.getResponse().sendError(HttpStatus.NOT_FOUND.value());
        return null;
      } catch (java.io.IOException | IllegalStateException gone) {
        // the response is already committed: fall back to problem+json
      }
    }
    return super.handleNoResourceFoundException(e, headers, status, request);
  }

  private static boolean isPage(org.springframework.web.context.request.ServletWebRequest request) {
    String path = request.getRequest().getRequestURI().substring(request.getRequest().getContextPath().length());
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return !path.startsWith("/api/") && !path.startsWith("/engine-rest/") && accept != null
        && accept.contains("text/html");
  }

  /** Spring's own MVC errors (405, 415, 406, missing parameter...) keep their status, with our texts. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    HttpStatus resolved = HttpStatus.valueOf(status.value());
    String code = Map.of(405, "method", 415, "media-type", 406, "not-acceptable", 404, "no-route")
        .getOrDefault(status.value(), "request");
    ProblemDetail problem = problems.of(resolved, code, locale());
    return new ResponseEntity<>(problem, headers, status);
  }

  private String fieldMessage(FieldError error, Locale locale) {
    return messages.getMessage(error, Problems.supported(locale));
  }

  private String typeMessage(Class<?> type) {
    String key = type != null && Number.class.isAssignableFrom(wrap(type)) ? "field.number" : "field.type";
    return problems.text(key, locale());
  }

  private static Class<?> wrap(Class<?> type) {
    return type == int.class ? Integer.class : type == long.class ? Long.class : type;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
