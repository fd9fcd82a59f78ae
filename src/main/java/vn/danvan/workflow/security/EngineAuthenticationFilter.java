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
 * Tells the engine who calls /engine-rest/** (authenticated by Spring Security), so engine authorization
 * applies there as in the webapps (which authenticate on their own). Our /api checks access itself and
 * names the user to the engine only for the calls that act for them (claim, complete).
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
    registration.addUrlPatterns("/engine-rest/*");
    registration.setName("engine-authentication");
    registration.setOrder(Integer.MAX_VALUE - 10); // after Spring Security
    return registration;
  }
}
