package vn.danvan.workflow.showcase;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.support.EmbeddedPostgres;

/** The visitor's walk on a real PostgreSQL 17 with the production profile (the queries are plain SQL). */
@ActiveProfiles({"demo", "postgres"})
@Import(EmbeddedPostgres.Lease.class)
class ShowcaseJourneyPostgresTest extends ShowcaseJourneyContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgres.jdbcUrl("showcase"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
