package vn.danvan.workflow.model;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a registration (the real form's sections). It travels as process variables of the same names,
 * so reviewers read it in Tasklist forms and a unit revises it there after a return.
 */
public record RegistrationDossier(String name, String situation, String goals, String content, String area,
    String forces, String resources, String timeline, String outputs, String sustainability) {

  /** The dossier's variables (and form fields): they are named as its components. */
  public static final List<String> FIELDS = Arrays.stream(RegistrationDossier.class.getRecordComponents())
      .map(RecordComponent::getName).toList();

  public Map<String, Object> asVariables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("name", name);
    variables.put("situation", situation);
    variables.put("goals", goals);
    variables.put("content", content);
    variables.put("area", area);
    variables.put("forces", forces);
    variables.put("resources", resources);
    variables.put("timeline", timeline);
    variables.put("outputs", outputs);
    variables.put("sustainability", sustainability);
    return variables;
  }

  public static RegistrationDossier fromVariables(Map<String, Object> variables) {
    return new RegistrationDossier(text(variables, "name"), text(variables, "situation"), text(variables, "goals"),
        text(variables, "content"), text(variables, "area"), text(variables, "forces"),
        text(variables, "resources"), text(variables, "timeline"), text(variables, "outputs"),
        text(variables, "sustainability"));
  }

  private static String text(Map<String, Object> variables, String key) {
    Object value = variables.get(key);
    return value == null ? null : value.toString();
  }
}
