package vn.danvan.workflow.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The arrows allowed between the capabilities (docs/architecture.md, "Packages"). A new arrow is a decision: add it
 * here and to the document, or move the code to where it belongs.
 */
class PackageDependenciesTest {

  private static final String ROOT = "vn.danvan.workflow";

  /** Each capability and the capabilities it may use; everything else is a violation. */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("web", Set.of()),
      Map.entry("calendar", Set.of()),
      Map.entry("engine", Set.of()),
      Map.entry("process", Set.of()),
      Map.entry("portal", Set.of("calendar", "web")),
      Map.entry("form", Set.of("calendar", "web")),
      Map.entry("security", Set.of("web")),
      Map.entry("audit", Set.of("portal", "security", "web")),
      Map.entry("organisation", Set.of("audit", "portal", "security", "web")),
      Map.entry("notification", Set.of("portal", "security", "web")),
      Map.entry("model", Set.of("calendar", "form", "organisation", "process", "security", "web")),
      Map.entry("evidence", Set.of("model", "portal", "security", "web")),
      Map.entry("delegation", Set.of("calendar", "organisation", "portal", "security", "web")),
      Map.entry("task", Set.of("calendar", "delegation", "evidence", "form", "model", "organisation", "portal",
          "process", "security", "web")),
      Map.entry("registration", Set.of("calendar", "evidence", "form", "model", "notification", "organisation",
          "portal", "process", "security", "task", "web")),
      Map.entry("home", Set.of("model", "notification", "organisation", "portal", "security", "task", "web")),
      Map.entry("reminder", Set.of("calendar", "notification", "process")),
      Map.entry("evaluation", Set.of("form", "model", "organisation", "process", "web")),
      Map.entry("recognition", Set.of("calendar", "evaluation", "form", "model", "organisation", "process",
          "security", "web")),
      Map.entry("reward", Set.of("form", "model", "notification", "organisation", "process", "web")),
      Map.entry("campaign", Set.of("calendar", "evaluation", "form", "model", "organisation", "portal", "process", "security",
          "web")),
      Map.entry("report", Set.of("calendar", "model", "organisation", "petition", "registration", "process", "security",
          "web")),
      Map.entry("directive", Set.of("audit", "calendar", "form", "notification", "organisation", "portal", "process",
          "reminder", "report", "security", "web")),
      Map.entry("reform", Set.of("audit", "model", "organisation", "portal", "reminder", "security", "task", "web")),
      Map.entry("showcase", Set.of("model", "portal")),
      Map.entry("dashboard", Set.of("calendar", "model", "portal", "registration", "report", "security", "web")),
      Map.entry("document", Set.of("calendar", "model", "organisation", "petition", "portal", "recognition", "reminder",
          "reward", "security", "web")),
      Map.entry("migration", Set.of("portal", "security", "web")),
      Map.entry("unit", Set.of("audit", "calendar", "directive", "organisation", "portal", "security", "web")),
      Map.entry("people", Set.of("audit", "delegation", "organisation", "portal", "security", "web")),
      Map.entry("petition", Set.of("calendar", "form", "organisation", "portal", "process", "security", "web")),
      Map.entry("citizen", Set.of("organisation", "petition", "portal", "web")));

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  @Test
  void capabilitiesUseOnlyTheCapabilitiesTheyAreAllowedTo() {
    Set<String> violations = new TreeSet<>();
    for (var javaClass : MAIN) {
      String from = capability(javaClass.getPackageName());
      for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
        String to = capability(dependency.getTargetClass().getPackageName());
        if (from != null && to != null && !from.equals(to) && !ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
          violations.add(from + " -> " + to + ": " + dependency.getDescription());
        }
      }
    }
    assertThat(violations).as("arrows not in PackageDependenciesTest.ALLOWED").isEmpty();
  }

  @Test
  void everyCapabilityIsListed() {
    Set<String> capabilities = new TreeSet<>();
    MAIN.forEach(javaClass -> {
      String capability = capability(javaClass.getPackageName());
      if (capability != null) {
        capabilities.add(capability);
      }
    });
    assertThat(ALLOWED.keySet()).containsAll(capabilities);
  }

  @Test
  void capabilitiesFormNoCycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  /** The capability a package belongs to; null for the application class at the root. */
  private static String capability(String packageName) {
    if (!packageName.startsWith(ROOT + ".")) {
      return null;
    }
    String rest = packageName.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
