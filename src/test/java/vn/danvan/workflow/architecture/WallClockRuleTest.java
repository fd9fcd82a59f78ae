package vn.danvan.workflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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

  /** Classes whose purpose is to measure or stamp real time outside the service (none so far). */
  private static final Set<String> ALLOWED = Set.of();

  static final ArchRule TIME_ONLY_FROM_THE_CLOCK = classes()
      .that().resideInAPackage(ROOT + "..")
      .should(new ArchCondition<JavaClass>("read the time only from the Clock bean or ClockUtil") {
        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
          if (ALLOWED.contains(javaClass.getName())) {
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
    TIME_ONLY_FROM_THE_CLOCK.check(new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(ROOT));
  }

  @Test
  void testsReadTheTimeOnlyFromTheClockTheySet() {
    JavaClasses tests = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
        .importPackages(ROOT);
    assertThat(tests.contain(WallClockRuleTest.class)).isTrue();
    TIME_ONLY_FROM_THE_CLOCK.check(tests);
  }

  @Test
  void theRuleCatchesEveryWayOfReadingTheComputersClock() {
    JavaClasses offender = new ClassFileImporter().importClasses(ReadsTheWallClock.class);
    assertThatThrownBy(() -> TIME_ONLY_FROM_THE_CLOCK.check(offender)).hasMessageContainingAll(
        "LocalDate.now()", "LocalDateTime.now(java.time.ZoneId)", "System.currentTimeMillis()", "Date.<init>()",
        "Calendar.getInstance()", "Clock.systemUTC()", "Instant::now")
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
