package vn.danvan.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.unit.DataSize;
import vn.danvan.workflow.calendar.CalendarSettings;
import vn.danvan.workflow.citizen.CitizenSettings;
import vn.danvan.workflow.directive.DirectiveSettings;
import vn.danvan.workflow.document.DocumentSettings;
import vn.danvan.workflow.engine.ProcessesSettings;
import vn.danvan.workflow.evidence.EvidenceSettings;
import vn.danvan.workflow.organisation.DemoSettings;
import vn.danvan.workflow.organisation.OrganisationSettings;
import vn.danvan.workflow.reminder.ReminderSettings;
import vn.danvan.workflow.security.AdminSettings;
import vn.danvan.workflow.security.SecuritySettings;
import vn.danvan.workflow.web.LimitSettings;

/**
 * The {@code danvan.*} settings: one record per capability, and application.yaml lists each of them with the
 * record's default, no more and no fewer.
 */
class SettingsTest {

  private static final Map<String, Class<?>> RECORDS = settingsRecords();

  @Test
  void withoutConfigurationEachSettingHasItsDocumentedDefault() {
    Binder empty = new Binder(new MapConfigurationPropertySource());

    assertThat(empty.bindOrCreate("danvan.limits", LimitSettings.class))
        .isEqualTo(new LimitSettings(DataSize.ofMegabytes(1), DataSize.ofMegabytes(10)));
    assertThat(empty.bindOrCreate("danvan.security", SecuritySettings.class))
        .isEqualTo(new SecuritySettings(Duration.ofSeconds(60)));
    assertThat(empty.bindOrCreate("danvan.admin", AdminSettings.class)).isEqualTo(new AdminSettings(""));
    assertThat(empty.bindOrCreate("danvan.organisation", OrganisationSettings.class))
        .isEqualTo(new OrganisationSettings(Duration.ofMinutes(1)));
    assertThat(empty.bindOrCreate("danvan.demo", DemoSettings.class)).isEqualTo(new DemoSettings(""));
    assertThat(empty.bindOrCreate("danvan.directives", DirectiveSettings.class))
        .isEqualTo(new DirectiveSettings(List.of("ban-dan-van-huyen", "ban-dan-van-tinh")));
    assertThat(empty.bindOrCreate("danvan.processes", ProcessesSettings.class)).isEqualTo(new ProcessesSettings(""));
    assertThat(empty.bindOrCreate("danvan.calendar", CalendarSettings.class)).isEqualTo(new CalendarSettings(""));
    assertThat(empty.bindOrCreate("danvan.evidence", EvidenceSettings.class))
        .isEqualTo(new EvidenceSettings("./data/evidence", DataSize.ofMegabytes(10)));
    assertThat(empty.bindOrCreate("danvan.documents", DocumentSettings.class))
        .isEqualTo(new DocumentSettings("http://localhost:8080/xac-thuc/", "", "", "", "",
            "http://localhost:8080"));
    ReminderSettings reminders = empty.bindOrCreate("danvan.reminders", ReminderSettings.class);
    assertThat(reminders).isEqualTo(ReminderSettings.defaults("lanh-dao-ban-dan-van-huyen"));
    assertThat(reminders.sendAt()).isEqualTo(LocalTime.of(7, 30));
    assertThat(empty.bindOrCreate("danvan.citizen", CitizenSettings.class))
        .isEqualTo(new CitizenSettings(5, 60, Duration.ofSeconds(5), Duration.ofHours(12), "",
            DataSize.ofKilobytes(256)));
    assertThat(RECORDS).as("every settings record is checked above").hasSize(12);
  }

  @Test
  void applicationYamlGivesEachSettingTheRecordsDefault() throws IOException {
    Binder empty = new Binder(new MapConfigurationPropertySource());
    Binder yaml = Binder.get(applicationYamlAlone());
    RECORDS.forEach((prefix, type) -> assertThat(yaml.bindOrCreate(prefix, type))
        .as("application.yaml's %s.* with no environment variable set", prefix)
        .isEqualTo(empty.bindOrCreate(prefix, type)));
  }

  @Test
  void applicationYamlListsEverySettingAndNothingElse() throws IOException {
    Set<String> inYaml = new TreeSet<>();
    for (PropertySource<?> source : applicationYamlAlone().getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> enumerable) {
        for (String name : enumerable.getPropertyNames()) {
          if (name.startsWith("danvan.")) {
            inYaml.add(name.replaceAll("\\[\\d+]$", ""));
          }
        }
      }
    }
    Set<String> inRecords = new TreeSet<>();
    RECORDS.forEach((prefix, type) -> addProperties(prefix, type, inRecords));

    assertThat(inYaml).isEqualTo(inRecords);
  }

  @Test
  void noClassReadsASettingWithValue() {
    noClasses().should().dependOnClassesThat().areAssignableTo(Value.class)
        .because("a setting belongs to its capability's @ConfigurationProperties record")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.danvan.workflow"));
  }

  /** Every {@code @ConfigurationProperties} class of the application, by prefix; each one a record. */
  private static Map<String, Class<?>> settingsRecords() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
    Map<String, Class<?>> records = new TreeMap<>();
    for (var candidate : scanner.findCandidateComponents("vn.danvan.workflow")) {
      try {
        Class<?> type = Class.forName(candidate.getBeanClassName());
        assertThat(type.isRecord()).as("%s is a record", type.getName()).isTrue();
        records.put(type.getAnnotation(ConfigurationProperties.class).value(), type);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return records;
  }

  private static void addProperties(String prefix, Class<?> type, Set<String> names) {
    for (RecordComponent component : type.getRecordComponents()) {
      String name = prefix + "." + component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
      if (component.getType().isRecord()) {
        addProperties(name, component.getType(), names);
      } else {
        names.add(name);
      }
    }
  }

  /** application.yaml with placeholders resolved against nothing else: no environment variable, no profile. */
  private static StandardEnvironment applicationYamlAlone() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    var sources = environment.getPropertySources();
    List<String> names = new ArrayList<>();
    sources.forEach(source -> names.add(source.getName()));
    names.forEach(sources::remove);
    new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
        .forEach(sources::addLast);
    return environment;
  }
}
