package vn.danvan.workflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.danvan.workflow.DanvanWorkflowApplication;
import vn.danvan.workflow.support.EmbeddedPostgres;

/** Starts the whole service in this JVM on H2 (a fresh file) or on the embedded PostgreSQL. */
final class BenchApp {

  static final String PASSWORD = "Bench-Pass-2026";

  private BenchApp() {
  }

  static ConfigurableApplicationContext start(String database, String name, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--danvan.demo.password=" + PASSWORD,
        "--danvan.admin.password=" + PASSWORD, "--logging.level.root=WARN",
        "--logging.level.org.camunda=WARN", "--spring.main.banner-mode=off"));
    String profiles = "demo";
    if (database.equals("postgres")) {
      profiles += ",postgres";
      args.add("--spring.datasource.url=" + EmbeddedPostgres.jdbcUrl(name));
      args.add("--spring.datasource.username=postgres");
      args.add("--spring.datasource.password=postgres");
    } else {
      // the application's own H2 URL (WRITE_DELAY=0: every commit written before it returns), in a fresh folder
      args.add("--DATA_DIR=" + Files.createTempDirectory("bench-h2"));
    }
    args.add("--spring.profiles.active=" + profiles);
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(DanvanWorkflowApplication.class).run(args.toArray(String[]::new));
  }

  static int port(ConfigurableApplicationContext app) {
    return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
  }
}
