package vn.danvan.workflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat and Spring read a JSON body of any size into memory. Here a body larger than its path needs is
 * refused before anything reads it, and before authentication: 413 problem+json from the Content-Length
 * alone. A body sent without a length (chunked) is counted as it is read and cut at the limit
 * ({@link TooLarge}, which the API answers with the same 413).
 */
@Configuration
class BodySizeLimit {

  /** Thrown by the counting stream once a body without Content-Length passes the limit. */
  static class TooLarge extends IOException {
    private final long limit;

    TooLarge(long limit) {
      super("Request body larger than " + limit + " bytes");
      this.limit = limit;
    }

    long kilobytes() { return DataSize.ofBytes(limit).toKilobytes(); }
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> bodySizeLimitFilter(Problems problems, ObjectMapper json,
      LimitSettings limits) {
    DataSize api = limits.apiBody();
    DataSize other = limits.otherBody();
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        long limit = request.getRequestURI().startsWith("/api/") ? api.toBytes() : other.toBytes();
        long length = request.getContentLengthLong();
        if (length > limit) {
          refuse(request, response, limit);
        } else if (length < 0 && hasBody(request)) {
          chain.doFilter(new Counted(request, limit), response);
        } else {
          chain.doFilter(request, response);
        }
      }

      private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        ProblemDetail problem = problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", locale(request),
            DataSize.ofBytes(limit).toKilobytes());
        problem.setInstance(URI.create(request.getRequestURI()));
        // Tomcat then closes the connection (after draining at most server.tomcat.max-swallow-size, 2 MB)
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("body-size-limit");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10); // before Spring Security
    return registration;
  }

  /**
   * Tomcat answers "Expect: 100-continue" at once by default, so such a client (curl does it for large
   * bodies) sends a body that is then refused. Answered only when the body is read, a refused body is never sent.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnlyWhenTheBodyIsRead() {
    return factory -> factory.addConnectorCustomizers(
        connector -> connector.setProperty("continueResponseTiming", "onRead"));
  }

  private static boolean hasBody(HttpServletRequest request) {
    return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
  }

  /** Vietnamese unless the client asks for another language, as for every other problem. */
  private static Locale locale(HttpServletRequest request) {
    return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? null : request.getLocale();
  }

  private static final class Counted extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), limit);
      }
      return stream;
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
          getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
    }
  }

  private static final class CountingStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    CountingStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > limit) {
        throw new TooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() { return in.isFinished(); }

    @Override
    public boolean isReady() { return in.isReady(); }

    @Override
    public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
  }
}
