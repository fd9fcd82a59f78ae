package vn.danvan.workflow.support;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service over HTTP on an in-memory H2 with the demo data, its job executor off (a test runs the
 * jobs it means to run). Suites that extend it share one application context. The service's clock stands still
 * at {@link #NOW}, whatever the computer's date (a test may move it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "danvan.demo.password=" + Api.PASSWORD, "danvan.admin.password=" + Api.PASSWORD,
    "spring.datasource.url=jdbc:h2:mem:service-on-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
public abstract class ServiceOnH2 {

  @RegisterExtension
  public static final FixedClock NOW = FixedClock.at("2026-11-20T10:00");
}
