package vn.danvan.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every process in processes/ draws from its own diagram: well-formed SVG with an accessible name, every step's
 * name written in it, the marks of where an instance stands; names from the file are escaped.
 */
class ProcessDiagramTest {

  static Stream<Path> processes() throws IOException {
    return Files.list(Path.of("processes")).filter(file -> file.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("processes")
  void everyProcessDrawsWithEveryStepNamed(Path file) throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Process process = model.getModelElementsByType(Process.class).iterator().next();
    ProcessDiagram diagram = ProcessDiagram.of(model, process.getId());

    String svg = diagram.svg(ProcessDiagram.Highlight.NONE, "Sơ đồ quy trình " + diagram.processName(), "d1");

    Element root = parse(svg).getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label")).isEqualTo("Sơ đồ quy trình " + process.getName());
    assertThat(root.getElementsByTagNameNS(SVG, "title").item(0).getTextContent()).contains(process.getName());
    assertThat(root.getAttribute("viewBox")).matches("-?\\d+ -?\\d+ \\d+ \\d+");
    List<String> labels = labels(root);
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (node.getName() != null) {
        assertThat(labels).as("%s in %s", node.getId(), file).contains(node.getName().strip().replaceAll("\\s+", " "));
      }
    }
    assertThat(svg).doesNotContain("style=");
  }

  @Test
  void theCurrentStepIsFramedTheOwnStrongestAndPassedStepsAreTicked() throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes/model-registration.bpmn").toFile());
    ProcessDiagram diagram = ProcessDiagram.of(model, "model-registration");

    Element root = parse(diagram.svg(new ProcessDiagram.Highlight("Task_ReviseRegistration",
        Set.of("Task_ReviseRegistration"), Set.of("StartEvent_RegistrationSubmitted", "Task_ReviewRegistration",
            "Task_MarkReturned")), "t", "d1")).getDocumentElement();

    assertThat(groupOf(root, "Bổ sung, hoàn thiện hồ sơ").getAttribute("class")).contains("bpmn-focus");
    assertThat(groupOf(root, "Thẩm định hồ sơ đăng ký").getAttribute("class")).contains("bpmn-done");
    assertThat(groupOf(root, "Ghi nhận đăng ký").getAttribute("class")).doesNotContain("bpmn-done", "bpmn-current",
        "bpmn-focus");
    assertThat(root.getElementsByTagNameNS(SVG, "g").getLength()).isPositive();
    assertThat(count(root, "bpmn-halo")).isEqualTo(1);
    assertThat(count(root, "bpmn-check")).isEqualTo(3); // the start event, the review, the return
  }

  @Test
  void namesFromTheFileAreEscapedAndVietnameseIsKept() throws Exception {
    String evil = "Duyệt <script>alert('x')</script> & \"ký\"";
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").name("Quy trình <b>thử</b>")
        .startEvent("start").name("Bắt đầu")
        .userTask("review").name(evil)
        .exclusiveGateway("gate").name("Đồng ý?")
        .endEvent("end").name("Kết thúc")
        .done();
    ProcessDiagram diagram = ProcessDiagram.of(model, "p");

    String svg = diagram.svg(new ProcessDiagram.Highlight("review", Set.of("review"), Set.of("start")),
        "Sơ đồ " + diagram.processName(), "x\"><script>");

    assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&amp;", "Quy trình &lt;b&gt;thử");
    Element root = parse(svg).getDocumentElement();
    assertThat(String.join(" ", labels(root))).contains("Duyệt <script>alert('x')</script> & \"ký\"", "Bắt đầu",
        "Đồng ý?", "Kết thúc");
    assertThat(root.getAttribute("aria-label")).isEqualTo("Sơ đồ Quy trình <b>thử</b>");
  }

  @Test
  void aLongNameWrapsToItsShapeAndKeepsEveryWord() {
    List<String> lines = LabelText.wrap("Trả lại, hướng dẫn bổ sung một lần", 90, 11);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join(" ", lines)).isEqualTo("Trả lại, hướng dẫn bổ sung một lần");
    assertThat(lines).allSatisfy(line -> assertThat(LabelText.width(line, 11)).isLessThanOrEqualTo(90));
  }

  private static final String SVG = "http://www.w3.org/2000/svg";

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** Each text element's lines joined as one label. */
  static List<String> labels(Element root) {
    List<String> labels = new ArrayList<>();
    NodeList texts = root.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      NodeList spans = ((Element) texts.item(i)).getElementsByTagNameNS(SVG, "tspan");
      List<String> lines = new ArrayList<>();
      for (int j = 0; j < spans.getLength(); j++) {
        lines.add(spans.item(j).getTextContent());
      }
      labels.add(String.join(" ", lines));
    }
    return labels;
  }

  /** The group drawing the shape whose name is {@code name}. */
  static Element groupOf(Element root, String name) {
    NodeList texts = root.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      if (labels(root).get(i).equals(name) && text.getParentNode() instanceof Element group
          && "g".equals(group.getLocalName())) {
        return group;
      }
    }
    throw new AssertionError("no shape named " + name);
  }

  static int count(Element root, String className) {
    int found = 0;
    NodeList all = root.getElementsByTagNameNS(SVG, "*");
    for (int i = 0; i < all.getLength(); i++) {
      if (List.of(((Element) all.item(i)).getAttribute("class").split(" ")).contains(className)) {
        found++;
      }
    }
    return found;
  }
}
