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

  /** A database of its own (created once per JVM), for a suite that must not see the others' data. */
  public static synchronized String jdbcUrlOfOwnDatabase(String database) {
    try (java.sql.Connection connection = get().getPostgresDatabase().getConnection();
         java.sql.Statement statement = connection.createStatement()) {
      try (java.sql.ResultSet exists = statement.executeQuery(
          "select 1 from pg_database where datname = '" + database.replace("'", "") + "'")) {
        if (!exists.next()) {
          statement.execute("create database \"" + database.replace("\"", "") + "\"");
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create database " + database, e);
    }
    return jdbcUrl(database);
  }
}
