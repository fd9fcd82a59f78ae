package vn.danvan.workflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * engine-rest finds its engine in Camunda's static registry by the name "default", and every cached application
 * context of the test JVM registered its own engine under that name: the last one built won. A suite on the shared
 * H2 service that ran after a PostgreSQL suite had built its context sent its engine-rest calls to the PostgreSQL
 * engine, which knew neither the tasks nor the caller ("Candidate group list is null", "Cannot find task"), depending
 * on the test order. Before each test the engine of the context under test is the registry's again; the service in
 * production has one context and one engine.
 */
public class EngineOfTheContextUnderTest implements TestExecutionListener, Ordered {

  @Override
  public void beforeTestClass(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    register(testContext);
  }

  private static void register(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
        .ifAvailable(ProcessEngines::registerProcessEngine);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
