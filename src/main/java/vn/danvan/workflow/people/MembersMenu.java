package vn.danvan.workflow.people;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;

/** The top bar's "Thành viên đơn vị", for administrators and the managers of some unit's members. */
@ControllerAdvice(annotations = PortalPage.class)
class MembersMenu {

  private final Members members;

  MembersMenu(Members members) {
    this.members = members;
  }

  @ModelAttribute
  void menu(Model page) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return;
    }
    page.addAttribute("managesMembers", members.managesAny(Caller.current()));
  }
}
