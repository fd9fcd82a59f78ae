package vn.danvan.workflow.task;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class TaskApiH2Test extends TaskApiContract {

  @TempDir
  static Path dataDir;

  @DynamicPropertySource
  static void h2File(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dataDir.resolve("danvan") + ";DB_CLOSE_ON_EXIT=FALSE");
  }
}
