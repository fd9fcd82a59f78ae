package vn.danvan.workflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before any servlet sees the request (an encoded slash or NUL in the path, a malformed
 * request line) it answers in our problem+json too, instead of its HTML error page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

  private final Problems problems;
  private final ObjectMapper json;

  ProblemErrorReportValve(Problems problems, ObjectMapper json) {
    this.problems = problems;
    this.json = json;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean();
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus resolved = HttpStatus.resolve(status);
    ProblemDetail problem = problems.of(resolved == null ? HttpStatus.BAD_REQUEST : resolved,
        status == 404 ? "no-route" : status >= 500 ? "internal" : "request", locale(request));
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json.writeValueAsString(problem));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response already closed: nothing more to tell
    }
  }

  private static Locale locale(Request request) {
    return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? null : request.getLocale();
  }

  /** Puts the valve on Tomcat's host in place of the HTML one. */
  @Component
  static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Problems problems;
    private final ObjectMapper json;

    Installer(Problems problems, ObjectMapper json) {
      this.problems = problems;
      this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        StandardHost host = (StandardHost) context.getParent();
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        host.getPipeline().addValve(new ProblemErrorReportValve(problems, json));
      });
    }
  }
}
