package vn.danvan.workflow.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops the service's clock at a Vietnam local time for a whole suite: the engine's {@code ClockUtil}, which the
 * service's {@code Clock} bean reads. It is set before the suite's application context starts (demo data, the
 * digest's first timer and the history cleanup job are scheduled then) and again before each test, which may move
 * it; after the suite the clock is the computer's again. Use as
 * {@code @RegisterExtension static FixedClock clock = FixedClock.at("2026-11-20T10:00");}.
 */
public final class FixedClock implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private final String localTime;

  private FixedClock(String localTime) {
    this.localTime = localTime;
  }

  public static FixedClock at(String localTime) {
    return new FixedClock(localTime);
  }

  /** The day the suite runs on, in Vietnam. */
  public LocalDate today() {
    return LocalDateTime.parse(localTime).toLocalDate();
  }

  public ZonedDateTime now() {
    return LocalDateTime.parse(localTime).atZone(VietnamClock.VIETNAM);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    VietnamClock.set(localTime);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    VietnamClock.set(localTime);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ClockUtil.reset();
  }
}
