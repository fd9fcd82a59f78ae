package vn.danvan.workflow.model;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;

/** A model as the API shows it, for other capabilities (e.g. a task's detail) that already checked access. */
@Component
public class ModelViews {

  private final ModelRepository models;
  private final UnitRepository units;

  ModelViews(ModelRepository models, UnitRepository units) {
    this.models = models;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public Optional<ModelView> find(long id) {
    return models.findById(id).map(model -> ModelView.of(model,
        units.findById(model.getUnitId()).map(Unit::getName).orElse(null)));
  }
}
