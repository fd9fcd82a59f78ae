package vn.danvan.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import vn.danvan.workflow.web.Problems;

/**
 * /api/** and /engine-rest/** take HTTP Basic with Camunda's users; the webapps (/camunda/**) keep their own
 * session login with the same users, so Spring Security stays out of their way; the portal's pages (everything
 * else) have a form login with the same users ({@link PortalSecurity}).
 */
@Configuration
class SecurityConfig {

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  /**
   * Spring Security would otherwise wrap every filter of every request in an observation (even one that is
   * switched off by a predicate): nothing here reads them, and on 2 cores they cost a measurable share of each
   * API call (JFR in the registration benchmark).
   */
  @Bean
  static SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
      ObjectMapper json, Problems problems) throws Exception {
    ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(json, problems);
    return http
        // path matchers, not MVC ones: engine-rest is a Jersey servlet that MVC matchers never see
        .securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/engine-rest/**")))
        .authenticationProvider(provider)
        .authorizeHttpRequests(auth -> auth
            // a petition's public status by its tracking code (citizen.PublicPetitionApi), as on its public page
            .requestMatchers(PATHS.matcher(org.springframework.http.HttpMethod.GET, "/api/public/petitions/*"))
            .permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable()) // stateless Basic: no cookie to forge
        .build();
  }

  /**
   * The Camunda webapps (their own session login and CSRF filter), the health probes and the API documentation:
   * Spring Security stays out of their way.
   */
  @Bean
  @Order(2)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(new OrRequestMatcher(PATHS.matcher("/camunda/**"), PATHS.matcher("/actuator/**"),
            PATHS.matcher("/v3/api-docs/**"), PATHS.matcher("/v3/api-docs"), PATHS.matcher("/swagger-ui/**"),
            PATHS.matcher("/swagger-ui.html")))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable()) // the Camunda webapps bring their own CSRF filter
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  /** Everything else is the portal: {@link PortalSecurity}. */
  @Bean
  @Order(3)
  SecurityFilterChain portal(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
    return PortalSecurity.configure(http, provider).build();
  }
}
