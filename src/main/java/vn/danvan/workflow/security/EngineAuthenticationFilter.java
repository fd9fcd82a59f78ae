package vn.danvan.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who calls /api/** and /engine-rest/** (authenticated by Spring Security), so engine
 * authorization applies and what the engine records (who completed a task, who decided) is the real person,
 * as it is in the webapps, which authenticate on their own.
 */
@Configuration
class EngineAuthenticationFilter {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiEngineAuthentication(IdentityService identity) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
          chain.doFilter(request, response);
          return;
        }
        Caller caller = Caller.current();
        identity.setAuthentication(caller.username(), caller.groups());
        try {
          chain.doFilter(request, response);
        } finally {
          identity.clearAuthentication();
        }
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setName("engine-authentication");
    registration.setOrder(Integer.MAX_VALUE - 10); // after Spring Security
    return registration;
  }
}
