package vn.danvan.workflow.dashboard;

import java.util.List;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.EmbeddedPostgres;

/** "Tổng quan" on a real PostgreSQL 17 with the production profile (the SQL of its figures), on the office PC. */
@ActiveProfiles({"demo", "postgres"})
@Import(EmbeddedPostgres.Lease.class)
class DashboardJourneyPostgresTest extends DashboardJourneyContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgres.jdbcUrl("dashboard"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  @Override
  List<Screen> screens() {
    return List.of(Screen.DESKTOP);
  }
}
