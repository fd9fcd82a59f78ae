package vn.danvan.workflow.security;

import java.security.SecureRandom;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator {@code admin} once. No default password exists: ADMIN_PASSWORD, or a generated
 * one printed a single time in the log.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

  static final String ADMIN = "admin";
  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final String configuredPassword;

  AdminBootstrap(IdentityService identity, AuthorizationService authorizations,
      AdminSettings settings) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.configuredPassword = settings.password();
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    ensureAdminGroup();
    if (identity.createUserQuery().userId(ADMIN).count() > 0) {
      return;
    }
    boolean generated = configuredPassword == null || configuredPassword.isBlank();
    String password = generated ? randomPassword() : configuredPassword;
    User admin = identity.newUser(ADMIN);
    admin.setFirstName("Quản trị");
    admin.setLastName("hệ thống");
    admin.setPassword(password);
    identity.saveUser(admin);
    identity.createMembership(ADMIN, Groups.CAMUNDA_ADMIN);
    if (generated) {
      log.warn("""

          ================================================================
           Tài khoản quản trị đầu tiên / first administrator: admin
           Mật khẩu / password: {}
           Chỉ in một lần; hãy đổi ngay trong Camunda Admin.
           Printed once; change it in Camunda Admin.
          ================================================================""", password);
    } else {
      log.info("Created administrator 'admin' with the password from ADMIN_PASSWORD");
    }
  }

  private void ensureAdminGroup() {
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() > 0) {
      return;
    }
    Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
    group.setName("Quản trị hệ thống");
    group.setType(Groups.GROUP_TYPE_SYSTEM);
    identity.saveGroup(group);
    for (Resources resource : Resources.values()) {
      if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
          .resourceType(resource).resourceId(Authorization.ANY).count() == 0) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Groups.CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
