package vn.danvan.workflow.home;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.danvan.workflow.notification.NotificationRepository;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.security.DisplayNames;

/**
 * What the top bar of every page shows: who is signed in, how many notifications they have not read, and whether they
 * manage units (the "Đơn vị" item for a body overseeing an area).
 */
@ControllerAdvice(annotations = PortalPage.class)
class TopBar {

  private final DisplayNames names;
  private final NotificationRepository notifications;
  private final UnitDirectory units;

  TopBar(DisplayNames names, NotificationRepository notifications, UnitDirectory units) {
    this.names = names;
    this.notifications = notifications;
    this.units = units;
  }

  @ModelAttribute
  void topBar(Model page) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return;
    }
    Caller caller = Caller.current();
    page.addAttribute("me", names.of(caller.username()));
    page.addAttribute("unreadCount", unread(caller));
    // the Ban Dân vận of an area manages its units (administrators have the item in their menu)
    page.addAttribute("managesUnits", !caller.isAdmin() && units.overseesAnArea(caller.groups()));
  }

  long unread(Caller caller) {
    return notifications.forCaller(caller, true, PageRequest.of(0, 1)).getTotalElements();
  }
}
