package vn.danvan.workflow.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engine authorization is on. What every signed-in person may do in the engine is granted here, once; what a
 * person may do with a task comes from the task itself (Camunda grants its candidate groups and assignee).
 * Administrators (camunda-admin) hold everything. Further grants are made in Camunda Admin.
 */
@Component
@Order(1)
class EngineAuthorizations implements ApplicationRunner {

  private final AuthorizationService authorizations;

  EngineAuthorizations(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grantEveryone(Resources.FILTER, Authorization.ANY, Permissions.READ);
    grantEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
  }

  private void grantEveryone(Resource resource, String resourceId, Permission permission) {
    boolean granted = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId)
        .hasPermission(permission).count() > 0;
    if (!granted) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      grant.setUserId(Authorization.ANY);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      grant.addPermission(permission);
      authorizations.saveAuthorization(grant);
    }
  }
}
