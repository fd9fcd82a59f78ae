package vn.danvan.workflow.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.LockConflicts;

/**
 * A refusal on a page is a page: the same rules as the API (another unit's model is 404, as if it did not exist),
 * answered with templates/error.html in Vietnamese. Unknown addresses and what the security filters refuse reach
 * the same template through Spring Boot's /error.
 */
@ControllerAdvice(annotations = PortalPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

  private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

  @ExceptionHandler(ApiException.class)
  ModelAndView refused(ApiException e) {
    return page(e.status());
  }

  @ExceptionHandler(Exception.class)
  ModelAndView failed(Exception e) throws Exception {
    if (e instanceof ErrorResponse known) {
      return page(known.getStatusCode());
    }
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e; // the security filters answer these (login page, 403)
    }
    if (LockConflicts.isLockConflict(e)) {
      return page(HttpStatus.CONFLICT);
    }
    log.error("Unexpected error on a page", e);
    return page(HttpStatus.INTERNAL_SERVER_ERROR);
  }

  static ModelAndView page(HttpStatusCode status) {
    ModelAndView page = new ModelAndView("error");
    page.setStatus(status);
    page.addObject("status", status.value());
    return page;
  }
}
