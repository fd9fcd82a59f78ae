package vn.danvan.workflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One real PostgreSQL (zonky embedded binaries) for the whole test JVM. */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres instance;

  private EmbeddedPostgres() {
  }

  public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres get() {
    if (instance == null) {
      try {
        instance = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            instance.close();
          } catch (IOException ignored) {
            // the JVM is going away
          }
        }));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
    }
    return instance;
  }

  public static String jdbcUrl(String database) {
    return get().getJdbcUrl("postgres", database);
  }
}
