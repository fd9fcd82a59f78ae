package vn.danvan.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationsTest {

  @Test
  void aTextFitsTheColumnWhateverTheTitleCutWithAnEllipsis() {
    assertThat(Notifications.fit("x".repeat(1500))).hasSize(Notifications.MAX_LENGTH).endsWith("…");
    assertThat(Notifications.fit("x".repeat(Notifications.MAX_LENGTH))).doesNotContain("…");
    assertThat(Notifications.fit("ngắn")).isEqualTo("ngắn");
  }
}
