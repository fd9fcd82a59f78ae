package vn.danvan.workflow.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo profile and its people, for every demo-data runner: whether the profile is on (checked at run time,
 * since the jar's AOT context fixes conditions at build) and the demo users, all with DEMO_PASSWORD, created once
 * and left as they are after.
 */
@Component
public class DemoUsers {

  private final IdentityService identity;
  private final String password;
  private final boolean active;

  DemoUsers(IdentityService identity, DemoSettings settings, Environment environment) {
    this.identity = identity;
    this.password = settings.password();
    this.active = environment.matchesProfiles("demo");
    if (active && password.isBlank()) {
      throw new IllegalStateException(
          "Hồ sơ demo cần biến môi trường DEMO_PASSWORD / the demo profile needs DEMO_PASSWORD to be set");
    }
  }

  public boolean active() {
    return active;
  }

  /** The user, unless they exist already, as a member of those of {@code groups} that exist. */
  public void user(String id, String firstName, String lastName, String... groups) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@xuantruong.demo.danvan.vn");
    user.setPassword(password);
    identity.saveUser(user);
    for (String group : groups) {
      if (identity.createGroupQuery().groupId(group).count() > 0) {
        identity.createMembership(id, group);
      }
    }
  }
}
