package vn.danvan.workflow.security;

/**
 * A user's password, groups or standing changed: a login remembered for them ({@code authentication-cache}) is
 * forgotten on this node at once, so the next request is checked again.
 */
public record CredentialsChanged(String username) {
}
