package vn.danvan.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Element;
import vn.danvan.workflow.support.ProcessTestEngine;

/**
 * Where a started instance stands, marked on its diagram: the task's own step strongest, the steps passed ticked;
 * inside a step run once per unit only the caller's own branch, so another unit's progress does not show.
 */
@Deployment(resources = {"processes/model-registration.bpmn", "processes/review-registration.form",
    "processes/revise-registration.form"})
class ProcessDiagramsTest {

  @RegisterExtension
  static ProcessTestEngine engine = new ProcessTestEngine();

  private ProcessDiagrams diagrams;

  @BeforeEach
  void diagrams() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages", "pages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    diagrams = new ProcessDiagrams(engine.getRepositoryService(), engine.getRuntimeService(),
        engine.getHistoryService(), messages);
    JavaDelegate nothing = execution -> { };
    for (String delegate : List.of("approveRegistrationDelegate", "returnRegistrationDelegate",
        "resubmitRegistrationDelegate", "rejectRegistrationDelegate")) {
      Mocks.register(delegate, nothing);
    }
    Mocks.register("notifyUnitOfReturn", (TaskListener) created -> { });
  }

  @Test
  void theReviewIsTheCurrentStepThenTheRevisionWithTheReviewPassed() throws Exception {
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("model-registration", "model:7",
        Map.of("reviewerGroup", "ban-dan-van-huyen", "unitId", "xa-xuan-hong"));
    Task review = task(pi);

    ProcessDiagrams.DiagramView view = view(pi, review);

    assertThat(view.current()).containsExactly(new ProcessDiagrams.Step("Thẩm định hồ sơ đăng ký", true));
    Element svg = ProcessDiagramTest.parse(view.svg()).getDocumentElement();
    assertThat(svg.getAttribute("aria-label")).isEqualTo(
        "Sơ đồ quy trình Đăng ký mô hình, điển hình \"Dân vận khéo\", bước hiện tại: Thẩm định hồ sơ đăng ký");
    assertThat(ProcessDiagramTest.groupOf(svg, "Thẩm định hồ sơ đăng ký").getAttribute("class")).contains("bpmn-focus");
    assertThat(ProcessDiagramTest.count(svg, "bpmn-check")).isEqualTo(2); // the start event and the join

    complete(review, withVariables("decision", "RETURN"));
    Task revision = task(pi);
    view = view(pi, revision);

    assertThat(view.current()).containsExactly(new ProcessDiagrams.Step("Bổ sung, hoàn thiện hồ sơ", true));
    svg = ProcessDiagramTest.parse(view.svg()).getDocumentElement();
    assertThat(ProcessDiagramTest.groupOf(svg, "Bổ sung, hoàn thiện hồ sơ").getAttribute("class"))
        .contains("bpmn-focus");
    assertThat(ProcessDiagramTest.groupOf(svg, "Thẩm định hồ sơ đăng ký").getAttribute("class"))
        .contains("bpmn-done");
    assertThat(ProcessDiagramTest.groupOf(svg, "Trả lại, hướng dẫn bổ sung một lần").getAttribute("class"))
        .contains("bpmn-done");
    assertThat(ProcessDiagramTest.groupOf(svg, "Ghi nhận đăng ký").getAttribute("class")).isEqualTo("bpmn-task");

    // the model page: no task of the caller's, the same step under way
    assertThat(diagrams.running("model:7", BusinessKey.MODEL_PROCESSES, Locale.forLanguageTag("vi")))
        .singleElement().satisfies(running -> assertThat(running.current())
            .containsExactly(new ProcessDiagrams.Step("Bổ sung, hoàn thiện hồ sơ", false)));
  }

  @Test
  void inAStepRunOncePerUnitOnlyTheCallersBranchShows() throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess("per-unit").name("Kế hoạch theo đơn vị")
        .camundaHistoryTimeToLive(1)
        .startEvent("start").name("Giao việc")
        .subProcess("Sub_Unit").name("Kế hoạch của đơn vị")
        .multiInstance().parallel().camundaCollection("${units}").camundaElementVariable("unit")
        .<org.camunda.bpm.model.bpmn.builder.SubProcessBuilder>multiInstanceDone()
        .embeddedSubProcess()
        .startEvent("unitStart")
        .userTask("Task_Plan").name("Lập kế hoạch").camundaCandidateGroups("${unit}")
        .userTask("Task_Review").name("Xem xét kế hoạch")
        .endEvent("unitEnd")
        .subProcessDone()
        .endEvent("end").name("Xong")
        .done();
    engine.manageDeployment(engine.getRepositoryService().createDeployment()
        .addModelInstance("per-unit.bpmn", model).deploy());
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("per-unit",
        Map.of("units", List.of("xa-xuan-hong", "xa-xuan-tan")));
    Task hong = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskCandidateGroup("xa-xuan-hong").singleResult();
    Task tan = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskCandidateGroup("xa-xuan-tan").singleResult();
    engine.getTaskService().complete(hong.getId());

    // Xuân Tân sees its own plan under way; not that Xuân Hồng's plan is done and its review under way
    ProcessDiagrams.DiagramView tanView = view(pi, tan);
    assertThat(tanView.current()).containsExactly(new ProcessDiagrams.Step("Lập kế hoạch", true));
    Element tanSvg = ProcessDiagramTest.parse(tanView.svg()).getDocumentElement();
    assertThat(ProcessDiagramTest.groupOf(tanSvg, "Lập kế hoạch").getAttribute("class")).contains("bpmn-focus");
    assertThat(ProcessDiagramTest.groupOf(tanSvg, "Xem xét kế hoạch").getAttribute("class")).isEqualTo("bpmn-task");

    Task hongReview = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_Review").singleResult();
    ProcessDiagrams.DiagramView hongView = view(pi, hongReview);
    assertThat(hongView.current()).containsExactly(new ProcessDiagrams.Step("Xem xét kế hoạch", true));
    Element hongSvg = ProcessDiagramTest.parse(hongView.svg()).getDocumentElement();
    assertThat(ProcessDiagramTest.groupOf(hongSvg, "Lập kế hoạch").getAttribute("class")).contains("bpmn-done");
    assertThat(ProcessDiagramTest.groupOf(hongSvg, "Xem xét kế hoạch").getAttribute("class")).contains("bpmn-focus");

    // without a task (a page about the whole instance) the per-unit step is under way, its inside not shown
    ProcessDiagram diagram = diagrams.diagram(pi.getProcessDefinitionId());
    ProcessDiagram.Highlight whole = diagrams.highlight(diagram, pi.getId(), null, null);
    assertThat(whole.current()).containsExactly("Sub_Unit");
    assertThat(whole.done()).containsExactly("start");
  }

  private ProcessDiagrams.DiagramView view(ProcessInstance pi, Task task) {
    return diagrams.ofTask(pi.getProcessDefinitionId(), pi.getId(), task.getId(), task.getTaskDefinitionKey(),
        Locale.forLanguageTag("vi")).orElseThrow();
  }
}
