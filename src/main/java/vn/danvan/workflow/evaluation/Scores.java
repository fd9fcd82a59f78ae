package vn.danvan.workflow.evaluation;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.web.FieldRefused;

/**
 * The four criteria, each scored 0-10 by the unit and again by the reviewer. Their weights (and the reviewer's
 * bonus up to 10) are in model-rating.dmn, where officials change them.
 */
public record Scores(Integer creativity, Integer effectiveness, Integer consensus, Integer sustainability) {

  public static final int MAX = 10;
  /** The criteria's variables (and form fields), named as the components, as the reviewer scores them; the unit's are {@code self...}. */
  public static final List<String> CRITERIA = Arrays.stream(Scores.class.getRecordComponents())
      .map(RecordComponent::getName).toList();

  public static Scores from(Map<String, Object> variables) {
    return new Scores(score(variables, "creativity"), score(variables, "effectiveness"),
        score(variables, "consensus"), score(variables, "sustainability"));
  }

  static Integer score(Map<String, Object> variables, String key) {
    Integer value = FormValues.integer(variables.get(key));
    if (value == null) {
      throw new FieldRefused(key, "task.field.required");
    }
    return Math.max(0, Math.min(MAX, value));
  }

  public Map<String, Object> asVariables(String prefix) {
    return Map.of(name(prefix, "creativity"), creativity, name(prefix, "effectiveness"), effectiveness,
        name(prefix, "consensus"), consensus, name(prefix, "sustainability"), sustainability);
  }

  private static String name(String prefix, String key) {
    return prefix.isEmpty() ? key : prefix + Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }
}
