package vn.danvan.workflow.directive;

import java.util.stream.Stream;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.EmbeddedPostgres;

/** The board journey on a real PostgreSQL 17 with the production profile, on a desktop (the phone runs on H2). */
@ActiveProfiles({"demo", "postgres"})
@Import(EmbeddedPostgres.Lease.class)
class DirectiveBoardJourneyPostgresTest extends DirectiveBoardJourneyContract {

  static Stream<Screen> screens() {
    return Stream.of(Screen.DESKTOP);
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgres.jdbcUrl("board"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
