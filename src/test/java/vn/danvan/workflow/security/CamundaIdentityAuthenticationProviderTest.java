package vn.danvan.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import vn.danvan.workflow.support.MutableClock;

class CamundaIdentityAuthenticationProviderTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T01:00:00Z"));
  private CamundaIdentityAuthenticationProvider provider;

  @BeforeEach
  void camundaKnowsReviewer() {
    when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
    when(identity.checkPassword("reviewer", "right")).thenReturn(true);
    Group group = mock(Group.class);
    when(group.getId()).thenReturn("ban-dan-van-huyen");
    when(identity.createGroupQuery().groupMember("reviewer").list()).thenReturn(List.of(group));
    provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ofSeconds(60), clock);
  }

  @Test
  void repeatedRequestsWithinTheCacheTimeAreCheckedByCamundaOnce() {
    for (int i = 0; i < 5; i++) {
      Authentication result = provider.authenticate(basic("reviewer", "right"));
      assertThat(result.isAuthenticated()).isTrue();
      assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority)
          .containsExactly("ban-dan-van-huyen");
    }
    verify(identity, times(1)).checkPassword("reviewer", "right");
  }

  @Test
  void aWrongPasswordIsNeverAnsweredFromTheCache() {
    provider.authenticate(basic("reviewer", "right"));

    assertThatThrownBy(() -> provider.authenticate(basic("reviewer", "wrong")))
        .isInstanceOf(BadCredentialsException.class);
    verify(identity, times(1)).checkPassword("reviewer", "wrong");
    // the failed attempt also forgot the good one: Camunda decides again (and may have locked the user)
    provider.authenticate(basic("reviewer", "right"));
    verify(identity, times(2)).checkPassword("reviewer", "right");
  }

  @Test
  void afterTheCacheTimeCamundaIsAskedAgainSoAChangedPasswordApplies() {
    provider.authenticate(basic("reviewer", "right"));
    clock.advance(Duration.ofSeconds(61));
    when(identity.checkPassword("reviewer", "right")).thenReturn(false); // changed in Camunda Admin

    assertThatThrownBy(() -> provider.authenticate(basic("reviewer", "right")))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void aZeroCacheTimeChecksEveryRequest() {
    provider = new CamundaIdentityAuthenticationProvider(identity, Duration.ZERO, clock);
    provider.authenticate(basic("reviewer", "right"));
    provider.authenticate(basic("reviewer", "right"));
    verify(identity, times(2)).checkPassword("reviewer", "right");
  }

  @Test
  void unknownUsersAndMissingPasswordsAreRefused() {
    assertThatThrownBy(() -> provider.authenticate(basic("stranger", "right")))
        .isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("reviewer", null)))
        .isInstanceOf(BadCredentialsException.class);
  }

  private static Authentication basic(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }
}
