package vn.danvan.workflow.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's one clock, the only {@link Clock} bean: the process engine's clock ({@link ClockUtil}) in Vietnam's
 * time zone. The engine (timers, task dates, the delegates) and the rest of the service (controllers, reports,
 * caches, {@code @PastOrPresent}) therefore always agree on the time, and a test that fixes {@code ClockUtil} (e.g.
 * with {@code VietnamClock.set}) fixes both. Main code takes the time from this bean or from {@code ClockUtil},
 * never from {@code Instant.now()}, {@code new Date()} and the like: {@code WallClockRuleTest} fails the build.
 */
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(VietnamTime.ZONE);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public long millis() {
    return ClockUtil.getCurrentTime().getTime();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(this.zone) ? this : new EngineClock(zone);
  }

  @Override
  public String toString() {
    return "EngineClock[" + zone + "]";
  }

  /** Declares the clock as the service's {@link Clock} bean and as Bean Validation's clock. */
  @Configuration(proxyBeanMethods = false)
  static class Beans {

    @Bean
    Clock clock() {
      return new EngineClock();
    }

    /** {@code @PastOrPresent}, {@code @Future}... compare with this clock, not the system's. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
      return configuration -> configuration.clockProvider(() -> clock);
    }
  }
}
