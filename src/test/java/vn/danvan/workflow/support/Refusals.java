package vn.danvan.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.danvan.workflow.web.FieldRefused;

/** A step refused what a task was completed with: {@link FieldRefused} naming the field and the message code. */
public final class Refusals {

  private Refusals() {
  }

  public static void assertRefused(ThrowingCallable completion, String field, String code) {
    assertThatThrownBy(completion).isInstanceOfSatisfying(FieldRefused.class, refused -> {
      assertThat(refused.field()).as("refused field").isEqualTo(field);
      assertThat(refused.code()).as("message code").isEqualTo(code);
    });
  }
}
