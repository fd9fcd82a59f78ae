package vn.danvan.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.danvan.workflow.web.Problems;

/** 401 and 403 from the security filters in the same problem+json shape as every other error. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ObjectMapper json;
  private final Problems problems;

  ProblemAuthenticationEntryPoint(ObjectMapper json, Problems problems) {
    this.json = json;
    this.problems = problems;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"danvan-workflow\", charset=\"UTF-8\"");
    write(response, problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", locale(request)));
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, problems.of(HttpStatus.FORBIDDEN, "forbidden", locale(request)));
  }

  /** Vietnamese unless the client asks for another language (as spring.web.locale does for MVC). */
  private static java.util.Locale locale(HttpServletRequest request) {
    return request.getHeader("Accept-Language") == null ? null : request.getLocale();
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    problem.setInstance(URI.create("about:blank"));
    json.writeValue(response.getOutputStream(), problem);
  }
}
