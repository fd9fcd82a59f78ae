package vn.danvan.workflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages are Vietnamese whatever the browser's language; {@code ?lang=en} switches to English (kept in a cookie),
 * {@code ?lang=vi} back. The API keeps answering in the language of its Accept-Language header.
 */
@Configuration
class PortalLocale implements WebMvcConfigurer {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Bean
  LocaleResolver localeResolver() {
    return new PagesOrApi();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change).excludePathPatterns("/api/**");
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/engine-rest/");
  }

  static final class PagesOrApi implements LocaleResolver {

    private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
    private final CookieLocaleResolver pages = new CookieLocaleResolver("lang");

    PagesOrApi() {
      api.setDefaultLocale(VIETNAMESE);
      pages.setDefaultLocaleFunction(request -> VIETNAMESE);
      pages.setCookieMaxAge(Duration.ofDays(365));
      pages.setCookieSameSite("Lax");
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
      return isApi(request) ? api.resolveLocale(request) : supported(pages.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
      pages.setLocale(request, response, locale == null ? null : supported(locale));
    }

    private static Locale supported(Locale locale) {
      return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
  }
}
