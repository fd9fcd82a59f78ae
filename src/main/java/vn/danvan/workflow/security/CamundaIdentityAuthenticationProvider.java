package vn.danvan.workflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against Camunda's own users (ACT_ID_*), so Camunda Admin is the one place to manage people.
 *
 * <p>Basic sends the password with every request, and checking it costs two engine commands (password, then
 * groups). A successful check is therefore remembered for a short time, as Camunda's own webapps remember a
 * login (their authentication cache lives 5 minutes): a salted digest of the password, never the password, and
 * the user's groups. A wrong or changed password misses the cache and goes to Camunda, which counts failed
 * attempts and locks as usual. Changes made in Camunda Admin (password, groups, user removed) apply to
 * requests at the latest after {@code danvan.security.authentication-cache} (0 switches the cache off); those made
 * in the portal ({@link CredentialsChanged}) at once on this node. A user a {@link SignInBarrier} bars (deactivated)
 * is refused before the password is checked.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final Duration timeToLive;
  private final Clock clock;
  private final byte[] salt = new byte[16];
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
  private final List<SignInBarrier> barriers;

  @Autowired
  CamundaIdentityAuthenticationProvider(IdentityService identityService,
      SecuritySettings settings, Clock clock, ObjectProvider<SignInBarrier> barriers) {
    this(identityService, settings.authenticationCache(), clock, barriers.orderedStream().toList());
  }

  CamundaIdentityAuthenticationProvider(IdentityService identityService, Duration timeToLive, Clock clock) {
    this(identityService, timeToLive, clock, List.of());
  }

  CamundaIdentityAuthenticationProvider(IdentityService identityService, Duration timeToLive, Clock clock,
      List<SignInBarrier> barriers) {
    this.identityService = identityService;
    this.timeToLive = timeToLive;
    this.clock = clock;
    this.barriers = barriers;
    new SecureRandom().nextBytes(salt);
  }

  /** Whether a signed-in user has since been barred (a portal session opened before a deactivation). */
  boolean barred(String username) {
    return barriers.stream().anyMatch(barrier -> barrier.barred(username));
  }

  /** A password reset, a deactivation or a membership change applies to the next request on this node. */
  @EventListener
  void forget(CredentialsChanged changed) {
    remembered.remove(changed.username());
  }

  private record Remembered(byte[] passwordDigest, List<SimpleGrantedAuthority> groups, Instant until) {
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (username == null || credentials == null) {
      throw badCredentials();
    }
    byte[] digest = digest(username, credentials.toString());
    Remembered known = remembered.get(username);
    Instant now = clock.instant();
    if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.passwordDigest(), digest)) {
      return UsernamePasswordAuthenticationToken.authenticated(username, null, known.groups());
    }
    remembered.remove(username);
    if (barred(username) || !identityService.checkPassword(username, credentials.toString())) {
      throw badCredentials();
    }
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(username).list().stream()
        .map(Group::getId)
        .map(SimpleGrantedAuthority::new)
        .toList();
    if (!timeToLive.isZero()) {
      remembered.put(username, new Remembered(digest, groups, now.plus(timeToLive)));
    }
    return UsernamePasswordAuthenticationToken.authenticated(username, null, groups);
  }

  private byte[] digest(String username, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static BadCredentialsException badCredentials() {
    return new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu / Bad credentials");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
