package vn.danvan.workflow.process;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The business-key contract on the embedded default: H2 in file mode. */
class BusinessKeyApiH2Test extends BusinessKeyApiContract {

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void h2File(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("danvan") + ";DB_CLOSE_ON_EXIT=FALSE");
    registry.add("danvan.evidence.dir", () -> dataDir.resolve("evidence").toString());
  }
}
