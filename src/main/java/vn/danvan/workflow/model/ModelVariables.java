package vn.danvan.workflow.model;

import java.util.HashMap;
import java.util.Map;
import vn.danvan.workflow.organisation.Unit;

/**
 * The variables every process about one model carries: its forms show them, Tasklist's columns and our task
 * list (task_view) read the model and unit from them. Each process adds its own.
 */
public final class ModelVariables {

  public static final String MODEL_ID = "modelId";
  public static final String NAME = "name";
  public static final String KIND_LABEL = "kindLabel";
  public static final String FIELD = "field";
  public static final String FIELD_LABEL = "fieldLabel";
  public static final String UNIT_ID = "unitId";
  public static final String UNIT_NAME = "unitName";

  private ModelVariables() {
  }

  public static Map<String, Object> of(MobilizationModel model, Unit unit) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(MODEL_ID, model.getId());
    variables.put(NAME, model.getName());
    variables.put(KIND_LABEL, model.getKind().label());
    variables.put(FIELD, model.getField().name());
    variables.put(FIELD_LABEL, model.getField().label());
    variables.put(UNIT_ID, unit.getId());
    variables.put(UNIT_NAME, unit.getName());
    return variables;
  }
}
