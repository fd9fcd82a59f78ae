package vn.danvan.workflow.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The portal's pages: a Vietnamese login form at /dang-nhap with the same Camunda users as the API and the
 * webapps (the same {@link CamundaIdentityAuthenticationProvider}, so Camunda's failed-login delay and lock apply),
 * a session cookie, CSRF on every form, a new session id at login, the page asked for remembered across the
 * login, and strict security headers. A form posted after the session expired (its CSRF token died with the
 * session) leads to the login page instead of a bare 403; the browser keeps the draft.
 */
final class PortalSecurity {

  static final String LOGIN = "/dang-nhap";
  static final String LOGOUT = "/dang-xuat";
  /** The citizens' petition form, posted without a login (citizen.CitizenPages). */
  static final String PUBLIC_FORM = "/phan-anh-kien-nghi";
  /** Where a public form whose CSRF token died with its session is forwarded (only forwarded: no request reaches it). */
  static final String PUBLIC_FORM_EXPIRED = PUBLIC_FORM + "/het-han";

  /**
   * No inline script and no inline style anywhere: scripts and styles come from our own /js, /css and the
   * WebJars. Bootstrap's icons are data: SVGs. No page may be framed.
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  private PortalSecurity() {
  }

  static HttpSecurity configure(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
    return http
        .authenticationProvider(provider)
        .authorizeHttpRequests(auth -> auth
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(request -> request.getDispatcherType() == DispatcherType.FORWARD
                && PATHS.matcher(PUBLIC_FORM_EXPIRED).matches(request)).permitAll()
            .requestMatchers(PATHS.matcher(LOGIN), PATHS.matcher("/guong-dien-hinh"),
                PATHS.matcher("/guong-dien-hinh/**"), PATHS.matcher("/xac-thuc"), PATHS.matcher("/xac-thuc/**"),
                PATHS.matcher(PUBLIC_FORM), PATHS.matcher("/tra-cuu-phan-anh"),
                PATHS.matcher("/tra-cuu-phan-anh/*"),
                PATHS.matcher("/webjars/**"), PATHS.matcher("/css/**"),
                PATHS.matcher("/js/**"), PATHS.matcher("/img/**"), PATHS.matcher("/favicon.ico"),
                PATHS.matcher("/error")).permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form
            .loginPage(LOGIN)
            .loginProcessingUrl(LOGIN)
            .failureUrl(LOGIN + "?loi")
            .defaultSuccessUrl("/", false))
        .logout(logout -> logout
            .logoutRequestMatcher(PATHS.matcher(org.springframework.http.HttpMethod.POST, LOGOUT))
            .logoutSuccessUrl(LOGIN + "?da-dang-xuat")
            .deleteCookies("JSESSIONID"))
        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
        .addFilterBefore(endsBarredSessions(provider), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
        .exceptionHandling(ex -> ex
            .authenticationEntryPoint(entryPoint())
            .accessDeniedHandler(accessDenied()))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .frameOptions(frame -> frame.deny())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
  }

  /**
   * A session opened before its user was deactivated ends at its next page (the static files excepted, which
   * need no check): the session is invalidated and the request goes on anonymous, so the login page answers.
   */
  private static jakarta.servlet.Filter endsBarredSessions(CamundaIdentityAuthenticationProvider provider) {
    return new org.springframework.web.filter.OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
          jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
            .getAuthentication();
        if (authentication instanceof org.springframework.security.authentication.UsernamePasswordAuthenticationToken
            && authentication.isAuthenticated() && provider.barred(authentication.getName())) {
          var session = request.getSession(false);
          if (session != null) {
            session.invalidate();
          }
          org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
      }

      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
      }
    };
  }

  private static final java.util.List<String> STATIC = java.util.List.of("/css/", "/js/", "/webjars/", "/img/",
      "/favicon.ico");

  /** htmx follows no redirect to a login page inside a fragment: it is told to load the login page itself. */
  private static AuthenticationEntryPoint entryPoint() {
    LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(LOGIN);
    return (request, response, e) -> {
      if (request.getHeader("HX-Request") != null) {
        response.setHeader("HX-Redirect", LOGIN);
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
      login.commence(request, response, e);
    };
  }

  private static AccessDeniedHandler accessDenied() {
    AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
    return (request, response, e) -> {
      if (e instanceof CsrfException && (request.getContextPath() + PUBLIC_FORM).equals(request.getRequestURI())) {
        // a citizen's session expired while they wrote: the form comes back with their text and a new token
        request.getRequestDispatcher(PUBLIC_FORM_EXPIRED).forward(request, response);
        return;
      }
      if (e instanceof CsrfException && sessionExpired(request)) {
        // after the login the person comes back to the page of the form (its GET), where the draft waits
        new org.springframework.security.web.savedrequest.HttpSessionRequestCache().saveRequest(asGet(request), response);
        String target = request.getContextPath() + LOGIN + "?het-han";
        if (request.getHeader("HX-Request") != null) {
          response.setHeader("HX-Redirect", target);
          response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        } else {
          response.sendRedirect(target);
        }
        return;
      }
      forbidden.handle(request, response, e);
    };
  }

  /** The form's page as a GET: no body, no content type, no posted fields (the draft is in the browser). */
  private static HttpServletRequest asGet(HttpServletRequest post) {
    java.util.Set<String> dropped = java.util.Set.of("content-type", "content-length", "hx-request", "hx-target",
        "hx-current-url", "hx-trigger");
    return new jakarta.servlet.http.HttpServletRequestWrapper(post) {
      @Override
      public String getMethod() {
        return "GET";
      }

      @Override
      public String getContentType() {
        return null;
      }

      @Override
      public java.util.Map<String, String[]> getParameterMap() {
        return java.util.Map.of();
      }

      @Override
      public java.util.Enumeration<String> getHeaderNames() {
        return java.util.Collections.enumeration(java.util.Collections.list(super.getHeaderNames()).stream()
            .filter(name -> !dropped.contains(name.toLowerCase(java.util.Locale.ROOT))).toList());
      }
    };
  }

  private static boolean sessionExpired(HttpServletRequest request) {
    var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
        .getAuthentication();
    return authentication == null || !authentication.isAuthenticated()
        || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken;
  }
}
