package vn.danvan.workflow.directive;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The directive contract on the embedded default: H2 in file mode. */
class DirectiveApiH2Test extends DirectiveApiContract {

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void h2File(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("danvan") + ";DB_CLOSE_ON_EXIT=FALSE");
  }
}
