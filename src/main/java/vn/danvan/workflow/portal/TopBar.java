package vn.danvan.workflow.portal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import vn.danvan.workflow.notification.NotificationRepository;
import vn.danvan.workflow.security.Caller;

/** What the top bar of every page shows: who is signed in and how many notifications they have not read. */
@ControllerAdvice(annotations = PortalPage.class)
class TopBar {

  private final IdentityService identity;
  private final NotificationRepository notifications;

  TopBar(IdentityService identity, NotificationRepository notifications) {
    this.identity = identity;
    this.notifications = notifications;
  }

  @ModelAttribute
  void topBar(Model page) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return;
    }
    Caller caller = Caller.current();
    page.addAttribute("me", displayName(caller.username()));
    page.addAttribute("unreadCount", unread(caller));
  }

  long unread(Caller caller) {
    return notifications.forCaller(caller, true, PageRequest.of(0, 1)).getTotalElements();
  }

  private String displayName(String username) {
    User user = identity.createUserQuery().userId(username).singleResult();
    if (user == null) {
      return username;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? username : name;
  }
}
