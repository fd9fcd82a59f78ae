package vn.danvan.workflow.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.DataAssociation;
import org.camunda.bpm.model.bpmn.instance.DataObjectReference;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * A deployed process drawn again as SVG on the server from the diagram its author saved (the BPMN DI), so a page
 * shows the procedure without a script: events as circles (an end event thick), tasks as rounded rectangles,
 * gateways as diamonds with their mark, sub-processes and call activities, pools and lanes, sequence flows with
 * arrowheads, names wrapped to their shape. Immutable once read; {@link #svg} marks the steps of one instance.
 * Every text is escaped: names come from files an administrator edits.
 */
public final class ProcessDiagram {

  /** The steps to mark: the caller's own step (strongest), the other steps under way, the steps passed. */
  public record Highlight(String focus, Set<String> current, Set<String> done) {
    public static final Highlight NONE = new Highlight(null, Set.of(), Set.of());
  }

  private enum Kind { POOL, LANE, START_EVENT, END_EVENT, EVENT, BOUNDARY_EVENT, TASK, CALL_ACTIVITY, SUB_PROCESS,
    GATEWAY, ANNOTATION, DATA, OTHER }

  private enum Mark { NONE, EXCLUSIVE, PARALLEL, INCLUSIVE, EVENT_BASED, COMPLEX, TIMER, MESSAGE }

  private enum LineKind { SEQUENCE, MESSAGE, ASSOCIATION, DATA }

  private record Box(String id, Kind kind, double x, double y, double w, double h, String name, Bounds label,
      boolean expanded, Mark mark, int loop, boolean interrupting) {
  }

  private record Line(String id, LineKind kind, List<double[]> points, String name, Bounds label) {
  }

  private record Bounds(double x, double y, double w, double h) {
    static Bounds of(org.camunda.bpm.model.bpmn.instance.dc.Bounds b) {
      return b == null ? null : new Bounds(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }
  }

  private static final double FONT = 11;
  private static final double LINE = 13.5;
  private static final double EXTERNAL_LABEL_WIDTH = 90;
  private static final double MARGIN = 12;
  private static final String INK = "#212529";
  private static final String FOCUS = "#8b1a1a";
  private static final String CURRENT = "#7a4f00";
  private static final String DONE = "#1e6b3a";

  private final String processName;
  private final Map<String, String> names;
  private final Set<String> multiInstance;
  private final List<Box> boxes;
  private final List<Line> lines;
  private final Bounds extent;

  private ProcessDiagram(String processName, Map<String, String> names, Set<String> multiInstance, List<Box> boxes,
      List<Line> lines) {
    this.processName = processName;
    this.names = Map.copyOf(names);
    this.multiInstance = Set.copyOf(multiInstance);
    this.boxes = List.copyOf(boxes);
    this.lines = List.copyOf(lines);
    this.extent = extent(boxes, lines);
  }

  /** The diagram of the process {@code processKey} in a deployed model (its first diagram holds it). */
  public static ProcessDiagram of(BpmnModelInstance model, String processKey) {
    Process process = model.getModelElementById(processKey) instanceof Process p ? p : null;
    Map<String, String> names = new HashMap<>();
    Set<String> multiInstance = new HashSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (node.getName() != null && !node.getName().isBlank()) {
        names.put(node.getId(), node.getName());
      }
      if (node instanceof Activity activity && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics) {
        multiInstance.add(node.getId());
      }
    }
    List<Box> boxes = new ArrayList<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBounds() != null && shape.getBpmnElement() != null) {
        boxes.add(box(shape));
      }
    }
    List<Line> lines = new ArrayList<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      List<double[]> points = edge.getWaypoints().stream().map(ProcessDiagram::point).toList();
      if (points.size() >= 2 && edge.getBpmnElement() != null) {
        BaseElement element = edge.getBpmnElement();
        LineKind kind = element instanceof MessageFlow ? LineKind.MESSAGE
            : element instanceof Association ? LineKind.ASSOCIATION
            : element instanceof DataAssociation ? LineKind.DATA : LineKind.SEQUENCE;
        lines.add(new Line(element.getId(), kind, points, nameOf(element), labelBounds(edge.getBpmnLabel())));
      }
    }
    String name = process == null || process.getName() == null ? processKey : process.getName();
    return new ProcessDiagram(name, names, multiInstance, boxes, lines);
  }

  public String processName() {
    return processName;
  }

  /** The name the author gave a step, or null. */
  public String name(String elementId) {
    return names.get(elementId);
  }

  /** Whether instances of this step run once per item (one per unit, one per model). */
  public boolean isMultiInstance(String elementId) {
    return multiInstance.contains(elementId);
  }

  public boolean isEmpty() {
    return boxes.isEmpty();
  }

  /**
   * The diagram as an SVG element with {@code title} as its accessible name; {@code idPrefix} keeps the ids of its
   * arrowheads unique when a page shows several diagrams.
   */
  public String svg(Highlight highlight, String title, String idPrefix) {
    Svg svg = new Svg();
    String arrow = idPrefix + "-arrow";
    String openArrow = idPrefix + "-open-arrow";
    svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-svg\" role=\"img\" aria-label=\"")
        .text(title).raw("\" viewBox=\"").num(extent.x).raw(" ").num(extent.y).raw(" ").num(extent.w).raw(" ")
        .num(extent.h).raw("\" width=\"").num(extent.w).raw("\" height=\"").num(extent.h)
        .raw("\" font-size=\"").num(FONT).raw("\" fill=\"").raw(INK).raw("\">");
    svg.raw("<title>").text(title).raw("</title>");
    svg.raw("<defs><marker id=\"").text(arrow).raw("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
        + " markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + INK + "\"/></marker>");
    svg.raw("<marker id=\"").text(openArrow).raw("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
        + " markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#fff\" stroke=\"" + INK
        + "\"/></marker></defs>");
    // containers first (outer before inner), then flows, then what sits on them, boundary events last
    List<Box> containers = boxes.stream().filter(ProcessDiagram::isContainer)
        .sorted(Comparator.comparingDouble((Box b) -> -b.w * b.h)).toList();
    containers.forEach(box -> drawBox(svg, box, highlight));
    lines.forEach(line -> drawLine(svg, line, arrow, openArrow));
    boxes.stream().filter(box -> !isContainer(box) && box.kind != Kind.BOUNDARY_EVENT)
        .forEach(box -> drawBox(svg, box, highlight));
    boxes.stream().filter(box -> box.kind == Kind.BOUNDARY_EVENT).forEach(box -> drawBox(svg, box, highlight));
    boxes.stream().filter(ProcessDiagram::hasExternalLabel).forEach(box -> externalLabel(svg, box));
    lines.stream().filter(line -> line.name != null).forEach(line -> lineLabel(svg, line));
    return svg.raw("</svg>").toString();
  }

  private static boolean isContainer(Box box) {
    return box.kind == Kind.POOL || box.kind == Kind.LANE || (box.kind == Kind.SUB_PROCESS && box.expanded);
  }

  private static boolean hasExternalLabel(Box box) {
    return box.name != null && switch (box.kind) {
      case START_EVENT, END_EVENT, EVENT, BOUNDARY_EVENT, GATEWAY, DATA -> true;
      default -> false;
    };
  }

  private static Box box(BpmnShape shape) {
    BaseElement element = shape.getBpmnElement();
    Bounds b = Bounds.of(shape.getBounds());
    Kind kind;
    Mark mark = Mark.NONE;
    int loop = 0;
    boolean interrupting = true;
    if (element instanceof Participant) {
      kind = Kind.POOL;
    } else if (element instanceof Lane) {
      kind = Kind.LANE;
    } else if (element instanceof StartEvent) {
      kind = Kind.START_EVENT;
    } else if (element instanceof EndEvent) {
      kind = Kind.END_EVENT;
    } else if (element instanceof BoundaryEvent boundary) {
      kind = Kind.BOUNDARY_EVENT;
      interrupting = boundary.cancelActivity();
    } else if (element instanceof CatchEvent || element instanceof ThrowEvent) {
      kind = Kind.EVENT;
    } else if (element instanceof SubProcess) {
      kind = Kind.SUB_PROCESS;
    } else if (element instanceof CallActivity) {
      kind = Kind.CALL_ACTIVITY;
    } else if (element instanceof Activity) {
      kind = Kind.TASK;
    } else if (element instanceof Gateway) {
      kind = Kind.GATEWAY;
      mark = element instanceof ExclusiveGateway ? Mark.EXCLUSIVE : element instanceof ParallelGateway ? Mark.PARALLEL
          : element instanceof InclusiveGateway ? Mark.INCLUSIVE : element instanceof EventBasedGateway
          ? Mark.EVENT_BASED : element instanceof ComplexGateway ? Mark.COMPLEX : Mark.NONE;
    } else if (element instanceof TextAnnotation) {
      kind = Kind.ANNOTATION;
    } else if (element instanceof DataObjectReference || element instanceof DataStoreReference) {
      kind = Kind.DATA;
    } else {
      kind = Kind.OTHER;
    }
    if (element instanceof CatchEvent || element instanceof ThrowEvent) {
      mark = eventMark(element);
    }
    if (element instanceof Activity activity
        && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics multi) {
      loop = multi.isSequential() ? 2 : 1;
    }
    return new Box(element.getId(), kind, b.x, b.y, b.w, b.h, nameOf(element), labelBounds(shape.getBpmnLabel()),
        shape.isExpanded(), mark, loop, interrupting);
  }

  private static Mark eventMark(BaseElement event) {
    List<EventDefinition> definitions = new ArrayList<>(event instanceof CatchEvent catching
        ? catching.getEventDefinitions() : ((ThrowEvent) event).getEventDefinitions());
    if (definitions.isEmpty()) {
      return Mark.NONE;
    }
    return definitions.get(0) instanceof TimerEventDefinition ? Mark.TIMER
        : definitions.get(0) instanceof MessageEventDefinition ? Mark.MESSAGE : Mark.NONE;
  }

  private static String nameOf(BaseElement element) {
    String name = null;
    if (element instanceof FlowElement flow) {
      name = flow.getName();
    } else if (element instanceof Participant participant) {
      name = participant.getName();
    } else if (element instanceof Lane lane) {
      name = lane.getName();
    } else if (element instanceof TextAnnotation annotation && annotation.getText() != null) {
      name = annotation.getText().getTextContent();
    } else if (element instanceof DataObjectReference data) {
      name = data.getName();
    } else if (element instanceof DataStoreReference store) {
      name = store.getName();
    }
    return name == null || name.isBlank() ? null : name.strip();
  }

  private static Bounds labelBounds(BpmnLabel label) {
    return label == null ? null : Bounds.of(label.getBounds());
  }

  private static double[] point(Waypoint waypoint) {
    return new double[] {waypoint.getX(), waypoint.getY()};
  }

  private static Bounds extent(List<Box> boxes, List<Line> lines) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    List<Bounds> all = new ArrayList<>();
    for (Box box : boxes) {
      all.add(new Bounds(box.x, box.y, box.w, box.h));
      if (box.label != null) {
        all.add(box.label);
      } else if (hasExternalLabel(box)) {
        int count = LabelText.wrap(box.name, EXTERNAL_LABEL_WIDTH, FONT).size();
        all.add(new Bounds(box.x + box.w / 2 - EXTERNAL_LABEL_WIDTH / 2, box.y + box.h, EXTERNAL_LABEL_WIDTH,
            5 + count * LINE));
      }
    }
    for (Line line : lines) {
      line.points.forEach(p -> all.add(new Bounds(p[0], p[1], 0, 0)));
      if (line.label != null) {
        all.add(line.label);
      }
    }
    for (Bounds b : all) {
      minX = Math.min(minX, b.x);
      minY = Math.min(minY, b.y);
      maxX = Math.max(maxX, b.x + b.w);
      maxY = Math.max(maxY, b.y + b.h);
    }
    if (all.isEmpty()) {
      return new Bounds(0, 0, 1, 1);
    }
    return new Bounds(Math.floor(minX - MARGIN), Math.floor(minY - MARGIN), Math.ceil(maxX - minX + 2 * MARGIN),
        Math.ceil(maxY - minY + 2 * MARGIN));
  }

  private void drawBox(Svg svg, Box box, Highlight highlight) {
    boolean focus = box.id.equals(highlight.focus());
    boolean current = focus || highlight.current().contains(box.id);
    boolean done = !current && highlight.done().contains(box.id);
    String state = focus ? " bpmn-focus" : current ? " bpmn-current" : done ? " bpmn-done" : "";
    String fill = focus ? "#fde8e8" : current ? "#fff3cd" : done ? "#e6f2ea" : "#fff";
    String stroke = focus ? FOCUS : current ? CURRENT : done ? DONE : INK;
    svg.raw("<g class=\"bpmn-").raw(box.kind.name().toLowerCase(Locale.ROOT).replace('_', '-')).raw(state).raw("\">");
    if (current) {
      svg.raw("<rect class=\"bpmn-halo\" x=\"").num(box.x - 6).raw("\" y=\"").num(box.y - 6).raw("\" width=\"")
          .num(box.w + 12).raw("\" height=\"").num(box.h + 12).raw("\" rx=\"12\" fill=\"none\" stroke=\"")
          .raw(stroke).raw(focus ? "\" stroke-width=\"4\"/>" : "\" stroke-width=\"3\" stroke-dasharray=\"7 4\"/>");
    }
    double cx = box.x + box.w / 2;
    double cy = box.y + box.h / 2;
    double r = Math.min(box.w, box.h) / 2;
    String outline = "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"";
    switch (box.kind) {
      case POOL, LANE -> {
        svg.raw("<rect x=\"").num(box.x).raw("\" y=\"").num(box.y).raw("\" width=\"").num(box.w).raw("\" height=\"")
            .num(box.h).raw("\" fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"1.5\"/>");
        if (box.kind == Kind.POOL) {
          svg.raw("<line x1=\"").num(box.x + 30).raw("\" y1=\"").num(box.y).raw("\" x2=\"").num(box.x + 30)
              .raw("\" y2=\"").num(box.y + box.h).raw("\" stroke=\"" + INK + "\" stroke-width=\"1.5\"/>");
        }
        if (box.name != null) {
          List<String> text = LabelText.wrap(box.name, box.h - 10, FONT);
          double top = cy - text.size() * LINE / 2 + FONT - 1;
          svg.raw("<text text-anchor=\"middle\" transform=\"rotate(-90 ").num(box.x + 15).raw(" ").num(cy).raw(")\">");
          tspans(svg, text, box.x + 15, top);
          svg.raw("</text>");
        }
      }
      case START_EVENT, END_EVENT, EVENT, BOUNDARY_EVENT -> {
        String width = box.kind == Kind.END_EVENT ? "4" : "2";
        svg.raw("<circle class=\"bpmn-outline\" cx=\"").num(cx).raw("\" cy=\"").num(cy).raw("\" r=\"").num(r)
            .raw(outline).raw(width).raw(box.interrupting ? "\"/>" : "\" stroke-dasharray=\"5 3\"/>");
        if (box.kind == Kind.EVENT || box.kind == Kind.BOUNDARY_EVENT) {
          svg.raw("<circle cx=\"").num(cx).raw("\" cy=\"").num(cy).raw("\" r=\"").num(r - 3)
              .raw("\" fill=\"none\" stroke=\"").raw(stroke).raw("\" stroke-width=\"1.5\"")
              .raw(box.interrupting ? "/>" : " stroke-dasharray=\"5 3\"/>");
        }
        eventMark(svg, box.mark, cx, cy, r, stroke);
      }
      case GATEWAY -> {
        svg.raw("<polygon class=\"bpmn-outline\" points=\"").num(cx).raw(",").num(box.y).raw(" ").num(box.x + box.w)
            .raw(",").num(cy).raw(" ").num(cx).raw(",").num(box.y + box.h).raw(" ").num(box.x).raw(",").num(cy)
            .raw(outline).raw("2\"/>");
        gatewayMark(svg, box.mark, cx, cy, r, stroke);
      }
      case ANNOTATION -> {
        svg.raw("<path d=\"M").num(box.x + 10).raw(",").num(box.y).raw(" L").num(box.x).raw(",").num(box.y)
            .raw(" L").num(box.x).raw(",").num(box.y + box.h).raw(" L").num(box.x + 10).raw(",").num(box.y + box.h)
            .raw("\" fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"1.5\"/>");
        if (box.name != null) {
          List<String> text = LabelText.wrap(box.name, box.w - 10, FONT);
          svg.raw("<text>");
          tspans(svg, text, box.x + 5, box.y + 5 + FONT);
          svg.raw("</text>");
        }
      }
      case DATA -> {
        svg.raw("<rect class=\"bpmn-outline\" x=\"").num(box.x).raw("\" y=\"").num(box.y).raw("\" width=\"")
            .num(box.w).raw("\" height=\"").num(box.h).raw(outline).raw("1.5\"/>");
      }
      default -> { // tasks, call activities, sub-processes and anything else with a box
        boolean expanded = box.kind == Kind.SUB_PROCESS && box.expanded;
        String width = box.kind == Kind.CALL_ACTIVITY ? "4" : "2";
        svg.raw("<rect class=\"bpmn-outline\" x=\"").num(box.x).raw("\" y=\"").num(box.y).raw("\" width=\"")
            .num(box.w).raw("\" height=\"").num(box.h).raw("\" rx=\"10").raw(outline).raw(width).raw("\"/>");
        if (box.kind == Kind.SUB_PROCESS && !expanded) {
          double mx = cx - 7;
          double my = box.y + box.h - 17;
          svg.raw("<rect x=\"").num(mx).raw("\" y=\"").num(my).raw("\" width=\"14\" height=\"14\" fill=\"none\""
              + " stroke=\"").raw(stroke).raw("\"/><path d=\"M").num(mx + 3).raw(",").num(my + 7).raw(" h8 M")
              .num(mx + 7).raw(",").num(my + 3).raw(" v8\" stroke=\"").raw(stroke).raw("\" stroke-width=\"1.5\"/>");
        }
        if (box.loop != 0) {
          loopMark(svg, box, expanded ? box.x + box.w / 2 : cx, stroke);
        }
        if (box.name != null) {
          if (expanded) {
            List<String> text = LabelText.wrap(box.name, box.w - 12, FONT);
            svg.raw("<text font-weight=\"bold\">");
            tspans(svg, text, box.x + 6, box.y + 6 + FONT);
          } else {
            List<String> text = LabelText.wrap(box.name, box.w - 10, FONT);
            double top = cy - text.size() * LINE / 2 + FONT - 1 - (box.loop != 0 ? 5 : 0);
            svg.raw("<text text-anchor=\"middle\">");
            tspans(svg, text, cx, top);
          }
          svg.raw("</text>");
        }
      }
    }
    if (done) {
      double dx = box.kind == Kind.GATEWAY ? cx + r / 2 + 2 : box.x + box.w - 3;
      double dy = box.kind == Kind.GATEWAY ? box.y + r / 2 - 2 : box.y + 3;
      svg.raw("<g class=\"bpmn-check\"><circle cx=\"").num(dx).raw("\" cy=\"").num(dy)
          .raw("\" r=\"7\" fill=\"" + DONE + "\"/><path d=\"M").num(dx - 3.5).raw(",").num(dy).raw(" L").num(dx - 1)
          .raw(",").num(dy + 3).raw(" L").num(dx + 4).raw(",").num(dy - 3)
          .raw("\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2\"/></g>");
    }
    svg.raw("</g>");
  }

  private static void eventMark(Svg svg, Mark mark, double cx, double cy, double r, String stroke) {
    if (mark == Mark.TIMER) {
      double inner = r * 0.55;
      svg.raw("<circle cx=\"").num(cx).raw("\" cy=\"").num(cy).raw("\" r=\"").num(inner)
          .raw("\" fill=\"#fff\" stroke=\"").raw(stroke).raw("\" stroke-width=\"1.5\"/><path d=\"M").num(cx).raw(",")
          .num(cy - inner * 0.75).raw(" L").num(cx).raw(",").num(cy).raw(" L").num(cx + inner * 0.6).raw(",")
          .num(cy).raw("\" fill=\"none\" stroke=\"").raw(stroke).raw("\" stroke-width=\"1.5\"/>");
    } else if (mark == Mark.MESSAGE) {
      double w = r * 0.9;
      double h = r * 0.6;
      svg.raw("<rect x=\"").num(cx - w / 2).raw("\" y=\"").num(cy - h / 2).raw("\" width=\"").num(w)
          .raw("\" height=\"").num(h).raw("\" fill=\"#fff\" stroke=\"").raw(stroke).raw("\"/><path d=\"M")
          .num(cx - w / 2).raw(",").num(cy - h / 2).raw(" L").num(cx).raw(",").num(cy).raw(" L").num(cx + w / 2)
          .raw(",").num(cy - h / 2).raw("\" fill=\"none\" stroke=\"").raw(stroke).raw("\"/>");
    }
  }

  private static void gatewayMark(Svg svg, Mark mark, double cx, double cy, double r, String stroke) {
    double d = r * 0.36;
    String pen = "\" fill=\"none\" stroke=\"" + stroke + "\" stroke-width=\"3\"/>";
    switch (mark) {
      case EXCLUSIVE -> svg.raw("<path d=\"M").num(cx - d).raw(",").num(cy - d).raw(" L").num(cx + d).raw(",")
          .num(cy + d).raw(" M").num(cx + d).raw(",").num(cy - d).raw(" L").num(cx - d).raw(",").num(cy + d)
          .raw(pen);
      case PARALLEL -> svg.raw("<path d=\"M").num(cx).raw(",").num(cy - d * 1.3).raw(" L").num(cx).raw(",")
          .num(cy + d * 1.3).raw(" M").num(cx - d * 1.3).raw(",").num(cy).raw(" L").num(cx + d * 1.3).raw(",")
          .num(cy).raw(pen);
      case INCLUSIVE, EVENT_BASED -> svg.raw("<circle cx=\"").num(cx).raw("\" cy=\"").num(cy).raw("\" r=\"")
          .num(d * 1.2).raw(pen);
      case COMPLEX -> svg.raw("<path d=\"M").num(cx).raw(",").num(cy - d * 1.3).raw(" L").num(cx).raw(",")
          .num(cy + d * 1.3).raw(" M").num(cx - d * 1.3).raw(",").num(cy).raw(" L").num(cx + d * 1.3).raw(",")
          .num(cy).raw(" M").num(cx - d).raw(",").num(cy - d).raw(" L").num(cx + d).raw(",").num(cy + d).raw(" M")
          .num(cx + d).raw(",").num(cy - d).raw(" L").num(cx - d).raw(",").num(cy + d).raw(pen);
      default -> {
      }
    }
  }

  /** Three bars at the bottom: upright for a parallel multi-instance, lying for a sequential one. */
  private static void loopMark(Svg svg, Box box, double cx, String stroke) {
    double bottom = box.y + box.h - 5;
    svg.raw("<path d=\"");
    for (int i = -1; i <= 1; i++) {
      if (box.loop == 1) {
        svg.raw("M").num(cx + i * 4).raw(",").num(bottom - 10).raw(" v10 ");
      } else {
        svg.raw("M").num(cx - 5).raw(",").num(bottom - 5 + i * 4).raw(" h10 ");
      }
    }
    svg.raw("\" fill=\"none\" stroke=\"").raw(stroke).raw("\" stroke-width=\"2\"/>");
  }

  private static void drawLine(Svg svg, Line line, String arrow, String openArrow) {
    svg.raw("<polyline class=\"bpmn-flow\" points=\"");
    for (int i = 0; i < line.points.size(); i++) {
      double[] p = line.points.get(i);
      svg.raw(i == 0 ? "" : " ").num(p[0]).raw(",").num(p[1]);
    }
    svg.raw("\" fill=\"none\" stroke=\"" + INK + "\"");
    switch (line.kind) {
      case SEQUENCE -> svg.raw(" stroke-width=\"1.5\" marker-end=\"url(#").text(arrow).raw(")\"/>");
      case MESSAGE -> svg.raw(" stroke-width=\"1.5\" stroke-dasharray=\"8 4\" marker-end=\"url(#").text(openArrow)
          .raw(")\"/>");
      case DATA -> svg.raw(" stroke-dasharray=\"2 3\" marker-end=\"url(#").text(openArrow).raw(")\"/>");
      case ASSOCIATION -> svg.raw(" stroke-dasharray=\"2 3\"/>");
    }
  }

  private static void externalLabel(Svg svg, Box box) {
    if (box.label != null) {
      label(svg, box.name, box.label);
    } else {
      List<String> text = LabelText.wrap(box.name, EXTERNAL_LABEL_WIDTH, FONT);
      svg.raw("<text class=\"bpmn-label\" text-anchor=\"middle\">");
      tspans(svg, text, box.x + box.w / 2, box.y + box.h + 5 + FONT);
      svg.raw("</text>");
    }
  }

  private static void lineLabel(Svg svg, Line line) {
    if (line.label != null) {
      label(svg, line.name, line.label);
      return;
    }
    double[] a = line.points.get(0);
    double[] b = line.points.get(1);
    List<String> text = LabelText.wrap(line.name, EXTERNAL_LABEL_WIDTH, FONT);
    svg.raw("<text class=\"bpmn-label\" text-anchor=\"middle\">");
    tspans(svg, text, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 4 - (text.size() - 1) * LINE);
    svg.raw("</text>");
  }

  /** A label where the author put it (its DI bounds), wrapped as the modeler wraps external labels. */
  private static void label(Svg svg, String name, Bounds at) {
    List<String> text = LabelText.wrap(name, Math.max(at.w, EXTERNAL_LABEL_WIDTH), FONT);
    svg.raw("<text class=\"bpmn-label\" text-anchor=\"middle\">");
    tspans(svg, text, at.x + at.w / 2, at.y + FONT);
    svg.raw("</text>");
  }

  /** One tspan a line, the first line's baseline at {@code firstBaseline}. */
  private static void tspans(Svg svg, List<String> text, double x, double firstBaseline) {
    for (int i = 0; i < text.size(); i++) {
      svg.raw("<tspan x=\"").num(x).raw("\" y=\"").num(firstBaseline + i * LINE).raw("\">").text(text.get(i))
          .raw("</tspan>");
    }
  }

  /** SVG text built piece by piece: {@link #text} escapes, {@link #raw} is for the markup written here. */
  private static final class Svg {
    private final StringBuilder out = new StringBuilder(16_384);

    Svg raw(String markup) {
      out.append(markup);
      return this;
    }

    Svg num(double value) {
      double rounded = Math.round(value * 10) / 10.0;
      if (rounded == Math.rint(rounded)) {
        out.append((long) rounded);
      } else {
        out.append(rounded);
      }
      return this;
    }

    Svg text(String value) {
      LabelText.escape(value, out);
      return this;
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
