package vn.danvan.workflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danvan.workflow.DanvanWorkflowApplication;
import vn.danvan.workflow.calendar.EngineClock;
import vn.danvan.workflow.support.FixedClock;

/**
 * Time comes from the service's clock only: the {@link Clock} bean ({@code calendar.EngineClock}) or the engine's
 * {@code ClockUtil}, which tests fix. A call that reads the computer's clock instead ({@code LocalDate.now()},
 * {@code Instant.now(zone)}, {@code System.currentTimeMillis()}, {@code new Date()}, {@code Calendar.getInstance()},
 * {@code Clock.systemUTC()}...) fails the build, in main code and in the tests. {@code now(clock)} is fine, and so
 * is {@code System.nanoTime()}, which measures elapsed time and knows no date.
 */
class WallClockRuleTest {

  private static final String ROOT = "vn.danvan.workflow";

  private static final Set<String> HAVE_NOW = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
      "java.time.LocalTime", "java.time.Instant", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
      "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay",
      "java.time.chrono.HijrahDate", "java.time.chrono.JapaneseDate", "java.time.chrono.MinguoDate",
      "java.time.chrono.ThaiBuddhistDate", "org.joda.time.DateTime", "org.joda.time.LocalDate",
      "org.joda.time.LocalDateTime", "org.joda.time.Instant");

  /**
   * Classes that read the computer's clock on purpose: the benchmark runner dates its report, and this test's own
   * sample of what the rule refuses.
   */
  private static final Set<String> ALLOWED = Set.of("vn.danvan.workflow.bench.Benchmarks",
      ReadsTheWallClock.class.getName());

  static final ArchRule TIME_ONLY_FROM_THE_CLOCK = rule(ALLOWED);

  static ArchRule rule(Set<String> allowed) {
    return classes()
        .that().resideInAPackage(ROOT + "..")
        .should(new ArchCondition<JavaClass>("read the time only from the Clock bean or ClockUtil") {
          @Override
          public void check(JavaClass javaClass, ConditionEvents events) {
            if (allowed.contains(javaClass.getName())) {
              return;
            }
            for (JavaAccess<?> access : javaClass.getAccessesFromSelf()) {
              if (access.getTarget() instanceof CodeUnitAccessTarget target && readsTheWallClock(target)) {
                events.add(SimpleConditionEvent.violated(access, access.getDescription()
                    + ": reads the computer's clock; take the time from the Clock bean or ClockUtil"));
              }
            }
          }
        });
  }

  static boolean readsTheWallClock(CodeUnitAccessTarget target) {
    String owner = target.getOwner().getName();
    String name = target.getName();
    List<String> parameters = target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
    boolean constructor = name.equals("<init>");
    return HAVE_NOW.contains(owner) && name.equals("now") && !parameters.equals(List.of(Clock.class.getName()))
        || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
        || owner.equals("java.time.Clock") && Set.of("systemUTC", "systemDefaultZone", "system").contains(name)
        || owner.equals("java.time.InstantSource") && name.equals("system")
        || Set.of("java.util.Calendar", "java.util.GregorianCalendar").contains(owner) && name.equals("getInstance")
        || Set.of("java.util.Date", "java.util.GregorianCalendar", "org.joda.time.DateTime",
            "org.joda.time.LocalDate", "org.joda.time.LocalDateTime", "org.joda.time.Instant").contains(owner)
            && constructor && parameters.isEmpty()
        || owner.equals("org.joda.time.DateTimeUtils") && name.equals("currentTimeMillis");
  }

  @Test
  void mainCodeReadsTheTimeOnlyFromTheClock() {
    JavaClasses main = classesBeside(DanvanWorkflowApplication.class);
    assertThat(main.contain(EngineClock.class)).isTrue();
    TIME_ONLY_FROM_THE_CLOCK.check(main);
  }

  @Test
  void testsReadTheTimeOnlyFromTheClockTheySet() {
    JavaClasses tests = classesBeside(WallClockRuleTest.class);
    assertThat(tests.contain(FixedClock.class)).isTrue();
    TIME_ONLY_FROM_THE_CLOCK.check(tests);
  }

  /** The compiled classes in the same output folder as {@code type} (target/classes or target/test-classes). */
  private static JavaClasses classesBeside(Class<?> type) {
    try {
      Path folder = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter().importPath(folder);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theRuleCatchesEveryWayOfReadingTheComputersClock() {
    JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheWallClock.class);
    assertThatThrownBy(() -> rule(Set.of()).check(offender)).hasMessageContainingAll(
        "LocalDate.now()", "LocalDateTime.now(java.time.ZoneId)", "System.currentTimeMillis()", "Date.<init>()",
        "Calendar.getInstance()", "Clock.systemUTC()", "references method <java.time.Instant.now()>")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("now(java.time.Clock)", "Date.<init>(long)"));
  }

  /** Every kind of wall-clock read the rule must refuse, and two it must let pass. */
  @SuppressWarnings("unused")
  static final class ReadsTheWallClock {
    Object all(Clock clock) {
      return List.of(LocalDate.now(), java.time.LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")), System.currentTimeMillis(),
          new java.util.Date(), java.util.Calendar.getInstance(), Clock.systemUTC(),
          (java.util.function.Supplier<Instant>) Instant::now,
          LocalDate.now(clock), new java.util.Date(0L));
    }
  }
}
