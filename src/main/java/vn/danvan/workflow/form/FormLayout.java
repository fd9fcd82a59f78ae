package vn.danvan.workflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Camunda Form as it is laid out (what {@link FormDescription} leaves out): every component in its order, texts
 * with their {@code {{…}}} templates, groups with their children, separators and spacers, each with its FEEL hide
 * condition. The portal renders a task's form from it and the fields {@link TaskForms#describe} gives.
 */
public record FormLayout(List<Component> components) {

  public static final FormLayout NONE = new FormLayout(List.of());

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([^}#/]+?)\\s*}}");
  private static final Pattern NAME = Pattern.compile("\"[^\"]*\"|([A-Za-z_][A-Za-z0-9_]*)");

  /**
   * One component as form-js 1.8 reads it: {@code key} for inputs, {@code text} for a text (markdown with
   * templates), {@code hideIf} its own condition (without '='), {@code outline} a group's frame.
   */
  public record Component(String type, String id, String key, String label, String text, String hideIf,
      boolean outline, List<Component> components) {
  }

  static FormLayout read(JsonNode form) {
    return new FormLayout(components(form.path("components")));
  }

  private static List<Component> components(JsonNode nodes) {
    List<Component> components = new ArrayList<>();
    for (JsonNode node : nodes) {
      String hide = node.path("conditional").path("hide").asText(null);
      if (hide != null) {
        hide = hide.startsWith("=") ? hide.substring(1).strip() : hide.strip();
        hide = hide.isEmpty() ? null : hide;
      }
      components.add(new Component(node.path("type").asText(), node.path("id").asText(null),
          node.path("key").asText(null), node.path("label").asText(null), node.path("text").asText(null), hide,
          node.path("showOutline").asBoolean(false), components(node.path("components"))));
    }
    return List.copyOf(components);
  }

  /** The variables the form's texts and conditions name (beyond its fields): what a page must read to show it. */
  public Set<String> names() {
    Set<String> names = new LinkedHashSet<>();
    collect(components, names);
    return names;
  }

  /**
   * The names the form's conditions and texts read: a change of one of these fields may show, hide or reword
   * something, and is worth redrawing the form for; a change of any other field is not.
   */
  public Set<String> dependedOn() {
    Set<String> names = new LinkedHashSet<>();
    collectDependencies(components, names);
    return names;
  }

  private static void collectDependencies(List<Component> components, Set<String> names) {
    for (Component component : components) {
      addNames(component.hideIf(), names);
      if (component.text() != null) {
        if (component.text().startsWith("=")) {
          addNames(component.text().substring(1).replaceAll("\"[^\"]*\"", ""), names);
        }
        Matcher templates = TEMPLATE.matcher(component.text());
        while (templates.find()) {
          addNames(templates.group(1), names);
        }
      }
      collectDependencies(component.components(), names);
    }
  }

  private static void collect(List<Component> components, Set<String> names) {
    for (Component component : components) {
      if (component.key() != null) {
        names.add(component.key());
      }
      addNames(component.hideIf(), names);
      if (component.text() != null) {
        Matcher templates = TEMPLATE.matcher(component.text());
        while (templates.find()) {
          addNames(templates.group(1), names);
        }
      }
      collect(component.components(), names);
    }
  }

  private static void addNames(String expression, Set<String> names) {
    if (expression == null) {
      return;
    }
    Matcher matcher = NAME.matcher(expression);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (name != null && !Set.of("null", "true", "false", "and", "or", "not", "if", "then", "else", "in",
          "some", "every", "satisfies", "for", "return").contains(name)) {
        names.add(name);
      }
    }
  }
}
