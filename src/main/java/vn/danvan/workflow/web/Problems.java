package vn.danvan.workflow.web;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details with texts from messages*.properties: Vietnamese by default, English when the
 * client asks for it (Accept-Language: en).
 */
@Component
public class Problems {

  private final MessageSource messages;

  public Problems(MessageSource messages) {
    this.messages = messages;
  }

  public ProblemDetail of(HttpStatus status, String code, Locale locale, Object... detailArgs) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create("/problems/" + code));
    problem.setTitle(text("problem." + code + ".title", locale));
    problem.setDetail(text("problem." + code + ".detail", locale, detailArgs));
    return problem;
  }

  public String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, supported(locale));
  }

  static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
  }
}
