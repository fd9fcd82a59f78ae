package vn.danvan.workflow.portal;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.support.EmbeddedPostgres;

/**
 * The reviewing bodies' work on a real PostgreSQL 17 with the production profile (the desktop, as on H2). A
 * database of its own, not the browser suites' shared one: it opens a yearly campaign and counts the models in it.
 */
@ActiveProfiles({"demo", "postgres"})
@Import(EmbeddedPostgres.Lease.class)
class ReviewJourneyPostgresTest extends ReviewJourneyContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgres.jdbcUrl("review_journey"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
