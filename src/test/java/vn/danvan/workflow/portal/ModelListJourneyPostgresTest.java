package vn.danvan.workflow.portal;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.support.EmbeddedPostgres;

/** "Danh sách mô hình" in the browser on a real PostgreSQL 17 with the production profile. */
@ActiveProfiles({"demo", "postgres"})
@Import(EmbeddedPostgres.Lease.class)
class ModelListJourneyPostgresTest extends ModelListJourneyContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgres.jdbcUrl("model_list"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
