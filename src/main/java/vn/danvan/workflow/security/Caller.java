package vn.danvan.workflow.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated person behind a request: Camunda user id and the ids of their Camunda groups. */
public record Caller(String username, List<String> groups) {

  public static Caller current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new IllegalStateException("no authenticated caller");
    }
    return new Caller(authentication.getName(),
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
  }

  public boolean isAdmin() {
    return groups.contains(Groups.CAMUNDA_ADMIN);
  }

  public boolean belongsTo(String groupId) {
    return groups.contains(groupId);
  }
}
