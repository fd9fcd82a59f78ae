package vn.danvan.workflow.security;

/**
 * Someone Camunda still knows who may no longer sign in (a deactivated user: Camunda CE has no such flag, and the
 * user stays so that history keeps their name). Asked at every full check of a login, on every path through
 * {@link CamundaIdentityAuthenticationProvider}.
 */
public interface SignInBarrier {

  boolean barred(String username);
}
