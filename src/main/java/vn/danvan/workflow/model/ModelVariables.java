package vn.danvan.workflow.model;

import java.util.HashMap;
import java.util.Map;
import vn.danvan.workflow.organisation.Unit;

/**
 * The variables every process about one model carries: its forms show them, Tasklist's columns and our task
 * list (task_view) read the model and unit from them. Each process adds its own.
 */
public final class ModelVariables {

  private ModelVariables() {
  }

  public static Map<String, Object> of(MobilizationModel model, Unit unit) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("modelId", model.getId());
    variables.put("name", model.getName());
    variables.put("kindLabel", model.getKind().label());
    variables.put("field", model.getField().name());
    variables.put("fieldLabel", model.getField().label());
    variables.put("unitId", unit.getId());
    variables.put("unitName", unit.getName());
    return variables;
  }
}
