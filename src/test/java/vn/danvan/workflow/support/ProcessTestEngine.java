package vn.danvan.workflow.support;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The in-memory engine the process tests run on (camunda-test.cfg.xml), with BPM Assert bound to it. The
 * delegates a test registers with {@link Mocks} are forgotten after it, and the clock reset, so no test sees
 * another's. Each test starts with the engine's clock at {@link #START} (a Monday morning in Vietnam), never the
 * computer's; it moves it with {@link VietnamClock}. Use as
 * {@code @RegisterExtension static ProcessTestEngine engine = new ProcessTestEngine();}.
 */
public class ProcessTestEngine extends ProcessEngineExtension {

  public static final String START = "2026-03-02T09:00";

  public ProcessTestEngine() {
    configurationResource("camunda-test.cfg.xml").build();
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
    super.postProcessTestInstance(testInstance, context);
    VietnamClock.set(START); // before the test's deployment and its @BeforeEach
    BpmnAwareTests.init(getProcessEngine());
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    super.afterTestExecution(context); // undeploys (the delegates may still be called) and resets the clock
    Mocks.reset();
  }
}
