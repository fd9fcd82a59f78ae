package vn.danvan.workflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A {@link ServiceOnH2} suite moved onto a real PostgreSQL 17 with the production profile. Every suite so annotated
 * shares one application context and one database, as the H2 suites share theirs: the browser suites each
 * started a service of their own, which cost half a minute apiece in {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles({"demo", "postgres"})
@Import(EmbeddedPostgres.Lease.class)
@ContextConfiguration(initializers = PortalOnPostgres.Database.class)
public @interface PortalOnPostgres {

  /** The shared database; its properties come first, before the H2 address {@link ServiceOnH2} names. */
  class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of("spring.datasource.url=" + EmbeddedPostgres.jdbcUrl("portal"),
          "spring.datasource.username=postgres", "spring.datasource.password=postgres").applyTo(context);
    }
  }
}
