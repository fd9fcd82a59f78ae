package vn.danvan.workflow.process;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.danvan.workflow.support.EmbeddedPostgres;

/** The business-key contract on a real PostgreSQL 17 with the production profile. */
@ActiveProfiles({"demo", "postgres"})
@Import(EmbeddedPostgres.Lease.class)
class BusinessKeyApiPostgresTest extends BusinessKeyApiContract {

  @TempDir
  static Path evidenceDir;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> EmbeddedPostgres.jdbcUrl("business_keys"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    registry.add("danvan.evidence.dir", () -> evidenceDir.toString());
  }
}
