package vn.danvan.workflow.document;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.support.EmbeddedPostgres;

/** From the certificate's QR code to "Hợp lệ", on a real PostgreSQL 17 with the production profile. */
@ActiveProfiles({"demo", "postgres"})
@Import(EmbeddedPostgres.Lease.class)
class VerificationJourneyPostgresTest extends VerificationJourneyContract {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgres.jdbcUrl("documents"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }
}
