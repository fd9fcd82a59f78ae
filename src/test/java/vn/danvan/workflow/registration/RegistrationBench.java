package vn.danvan.workflow.registration;

import org.springframework.stereotype.Component;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.organisation.UnitRepository;

/** The registration steps through the Java API, for the benchmark's "raw engine" side (test code only). */
@Component
public class RegistrationBench {

  private final ModelRepository models;
  private final UnitRepository units;
  private final RegistrationProcess process;

  RegistrationBench(ModelRepository models, UnitRepository units, RegistrationProcess process) {
    this.models = models;
    this.units = units;
    this.process = process;
  }

  /** Saves a model and starts its process (call inside a transaction); returns the process instance id. */
  public String register(String user, String unitId, String name) {
    MobilizationModel model = new MobilizationModel(ModelKind.MODEL, unitId, Field.ECONOMY, 2026, user);
    model.describe(new RegistrationDossier(name, "s", "g", "c", "a", "f", null, "t", "o", null));
    models.saveAndFlush(model);
    String instance = process.start(model, units.findById(unitId).orElseThrow()).getId();
    model.startedAs(instance);
    return instance;
  }
}
