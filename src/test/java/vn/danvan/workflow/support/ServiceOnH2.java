package vn.danvan.workflow.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service over HTTP on an in-memory H2 with the demo data, its job executor off (a test runs the
 * jobs it means to run). Suites that extend it share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "danvan.demo.password=" + Api.PASSWORD, "danvan.admin.password=" + Api.PASSWORD,
    "spring.datasource.url=jdbc:h2:mem:service-on-h2;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
public abstract class ServiceOnH2 {
}
