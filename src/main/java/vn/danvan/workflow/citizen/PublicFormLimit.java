package vn.danvan.workflow.citizen;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public form is small text: a body larger than {@code danvan.citizen.max-body} is refused (413, the
 * readable error page) before anything reads it, far below the 10 MB other pages may send. A form without a
 * length (chunked, which browsers do not send for a form) is refused too.
 */
@Configuration
class PublicFormLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> publicFormLimitFilter(CitizenSettings settings) {
    long limit = settings.maxBody().toBytes();
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if ("POST".equals(request.getMethod()) && (length > limit || length < 0)) {
          response.sendError(length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED
              : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
          return;
        }
        chain.doFilter(request, response);
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("public-form-limit");
    registration.addUrlPatterns(CitizenPages.FORM);
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 9); // before Spring Security
    return registration;
  }
}
