package vn.danvan.workflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** How a page names a person: "Trần Thị Thẩm định" from the Camunda user, else the user name. */
@Component
public class DisplayNames {

  private final IdentityService identity;

  DisplayNames(IdentityService identity) {
    this.identity = identity;
  }

  public String of(String username) {
    User user = identity.createUserQuery().userId(username).singleResult();
    if (user == null) {
      return username;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? username : name;
  }
}
