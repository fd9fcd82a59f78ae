package vn.danvan.workflow.form;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.web.FieldProblems.Problem;

/**
 * A task's Camunda Form ready for a page, as form-js 1.8 would show it with these values: every component in its
 * order, each marked hidden when its FEEL condition (or its group's) holds, texts with their {@code {{…}}}
 * templates filled from the task's variables and their markdown rendered to HTML with any HTML in it escaped,
 * each input with the value to show (what the user submitted, else the task's value, else the default) and its
 * problems. Built by {@link TaskForms#view}.
 */
public record FormView(List<Node> nodes, List<Problem> general, Set<String> redrawOn) {

  /** A form with nothing to redraw for (no form, or none that could be found). */
  public FormView(List<Node> nodes, List<Problem> general) {
    this(nodes, general, Set.of());
  }

  /** {@link #redrawOn} as an HTML attribute's value: the names of the fields whose change redraws the form. */
  public String redrawOnNames() {
    return String.join(" ", redrawOn);
  }

  private static final Parser MARKDOWN = Parser.builder().build();
  /** Raw HTML in a form's text or in a variable is shown as text; links only to http(s) and mailto. */
  private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
      .softbreak("<br>").build();
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(VietnamTime.ZONE);

  /**
   * One component. {@code id} is the HTML id of its input ({@code key} for inputs); {@code html} a text's safe
   * HTML; {@code text} an input's value as text, {@code selected} the chosen values of a choice.
   */
  public record Node(String type, String id, String label, String html, boolean hidden, boolean outline,
      FormField field, String text, List<String> selected, List<Problem> problems, List<Node> children) {

    public boolean isSelected(String value) {
      return selected.contains(value);
    }

    public boolean checked() {
      return "true".equals(text);
    }

    public boolean invalid() {
      return !problems.isEmpty();
    }

    /** The ids an input's aria-describedby names: its problems, if any. */
    public String describedBy() {
      return invalid() ? id + "-error" : null;
    }
  }

  public boolean hasProblems() {
    return !general.isEmpty() || count(nodes) > 0;
  }

  public int problemCount() {
    return general.size() + count(nodes);
  }

  private static int count(List<Node> nodes) {
    int n = 0;
    for (Node node : nodes) {
      n += node.problems().size() + count(node.children());
    }
    return n;
  }

  static FormView of(FormLayout layout, FormDescription form, Map<String, Object> variables,
      Map<String, ?> submitted, List<Problem> problems) {
    Map<String, Object> values = FormValidation.withDefaults(form, submitted == null ? Map.of() : submitted);
    Map<String, Object> context = new LinkedHashMap<>();
    variables.forEach((key, value) -> context.put(key, feel(SubmittedValues.plain(value))));
    form.fields().forEach(field -> context.put(field.key(), feel(field.value())));
    values.forEach((key, value) -> context.put(key, feel(value)));
    Map<String, List<Problem>> byField = problems.stream().filter(p -> p.field() != null && form.field(p.field())
        .isPresent()).collect(Collectors.groupingBy(Problem::field, LinkedHashMap::new, Collectors.toList()));
    List<Problem> general = problems.stream().filter(p -> p.field() == null || form.field(p.field()).isEmpty())
        .toList();
    return new FormView(nodes(layout.components(), false, form, values, context, byField), general,
        java.util.Collections.unmodifiableSet(layout.dependedOn()));
  }

  private static List<Node> nodes(List<FormLayout.Component> components, boolean parentHidden,
      FormDescription form, Map<String, Object> values, Map<String, Object> context,
      Map<String, List<Problem>> problems) {
    List<Node> nodes = new ArrayList<>();
    for (FormLayout.Component component : components) {
      boolean hidden = parentHidden || component.hideIf() != null
          && Boolean.TRUE.equals(FormValidation.evaluateOrNull(component.hideIf(), context));
      List<Node> children = nodes(component.components(), hidden, form, values, context, problems);
      FormField field = component.key() == null ? null : form.field(component.key()).orElse(null);
      String html = "text".equals(component.type()) && component.text() != null
          ? markdown(fill(component.text(), context)) : null;
      if (field == null) {
        nodes.add(new Node(component.type(), component.id(), component.label(), html, hidden, component.outline(),
            null, null, List.of(), List.of(), children));
        continue;
      }
      Object value = field.editable() ? values.get(field.key()) : field.value();
      nodes.add(new Node(component.type(), field.key(), field.label(), null, hidden, component.outline(), field,
          text(field, value), selected(value), problems.getOrDefault(field.key(), List.of()), children));
    }
    return List.copyOf(nodes);
  }

  /** form-js templating: each {{expression}} is the FEEL value of the expression, nothing if it has none. */
  static String fill(String text, Map<String, Object> context) {
    Matcher matcher = TEMPLATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = FormValidation.evaluateOrNull(matcher.group(1), context);
      matcher.appendReplacement(out, Matcher.quoteReplacement(shown(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static String markdown(String text) {
    return HTML.render(MARKDOWN.parse(text));
  }

  private static String shown(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(FormView::shown).collect(Collectors.joining(", "));
    }
    if (value instanceof BigDecimal number) {
      return number.stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  private static String text(FormField field, Object value) {
    if (value == null || value == SubmittedValues.UNREADABLE || value instanceof Collection<?>) {
      return "";
    }
    if (value instanceof Date date) {
      return DAY.format(date.toInstant());
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if ("datetime".equals(field.type()) && value instanceof String day && day.length() > 10
        && "date".equals(field.subtype())) {
      return day.substring(0, 10);
    }
    return String.valueOf(value);
  }

  private static List<String> selected(Object value) {
    if (value instanceof Collection<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    return value == null || value == SubmittedValues.UNREADABLE ? List.of() : List.of(String.valueOf(value));
  }

  /** Values as FEEL reads them (dates as ISO text, as form-js gives them). */
  private static Object feel(Object value) {
    if (value == SubmittedValues.UNREADABLE) {
      return null;
    }
    return value instanceof Date date ? DAY.format(date.toInstant()) : value;
  }
}
