package vn.danvan.workflow.portal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;

/** "Đăng nhập": the form Spring Security's form login posts back to /dang-nhap. */
@PortalPage
class LoginPage {

  @GetMapping("/dang-nhap")
  String login() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/";
    }
    return "portal/login";
  }
}
