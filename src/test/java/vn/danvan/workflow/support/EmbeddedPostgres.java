package vn.danvan.workflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * One real PostgreSQL (zonky embedded binaries) for the whole test JVM. Application contexts that use it
 * import {@link Lease}: the server stops when the last of them has closed (after its engine and pool). At JVM
 * exit Spring closes the cached contexts in its own hook; ours waits for them (zonky's hook would stop the server
 * at once, and the contexts' job executors then wait on dead connections until Surefire kills the JVM).
 */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres instance;
  private static int leases;

  private EmbeddedPostgres() {
  }

  public static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres get() {
    if (instance == null) {
      try {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.Builder builder =
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (Boolean.getBoolean("embedded.postgres.statements")) { // benchmarks: time per statement, pg_stat_statements
          builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        }
        String keptData = System.getProperty("embedded.postgres.data");
        if (keptData != null) { // benchmarks: data loaded once survives the run, for more rounds on a quiet machine
          builder.setDataDirectory(java.nio.file.Path.of(keptData)).setCleanDataDirectory(false);
        }
        instance = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgres::stopWhenReleased, "embedded-postgres-stop"));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
    }
    return instance;
  }

  /** A database of its own for each suite (created on first use), so suites sharing the server do not meet. */
  public static synchronized String jdbcUrl(String database) {
    try (java.sql.Connection connection = get().getPostgresDatabase().getConnection();
         java.sql.Statement statement = connection.createStatement()) {
      java.sql.ResultSet exists = statement.executeQuery(
          "select 1 from pg_database where datname = '" + database.replace("'", "") + "'");
      if (!exists.next()) {
        statement.execute("create database \"" + database.replace("\"", "") + "\"");
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot create test database " + database, e);
    }
    return get().getJdbcUrl("postgres", database);
  }

  /** For code that starts application contexts itself (the reminder nodes): holds the server until closed. */
  public static AutoCloseable lease() {
    acquire();
    return EmbeddedPostgres::release;
  }

  private static synchronized void acquire() {
    get();
    leases++;
  }

  private static synchronized void release() throws IOException {
    if (--leases == 0 && instance != null) {
      instance.close();
      instance = null;
    }
    EmbeddedPostgres.class.notifyAll();
  }

  /** At JVM exit: give the contexts still open 20 s to close on a live server, then stop it regardless. */
  private static synchronized void stopWhenReleased() {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    try {
      while (instance != null && leases > 0 && System.nanoTime() < deadline) {
        EmbeddedPostgres.class.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      }
      if (instance != null) {
        instance.close();
        instance = null;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      System.err.println("Embedded PostgreSQL did not stop cleanly: " + e);
    }
  }

  /** Import into a test context on PostgreSQL: its dataSource is destroyed before the lease is returned. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Lease {

    @Bean
    static DisposableBean embeddedPostgresLease() {
      acquire();
      return EmbeddedPostgres::release;
    }

    @Bean
    static BeanFactoryPostProcessor dataSourceNeedsEmbeddedPostgres() {
      return factory -> {
        if (factory.containsBeanDefinition("dataSource")) {
          factory.getBeanDefinition("dataSource").setDependsOn("embeddedPostgresLease");
        }
      };
    }
  }
}
