package vn.danvan.workflow.registration;

import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * Registering a model, for POST /api/models and the portal's form alike: the unit must exist, the caller must
 * belong to it (403), it must have a reviewing body (422); the model and its process start commit together.
 */
@Component
public class Registrations {

  private final ModelRepository models;
  private final UnitRepository units;
  private final RegistrationProcess registration;

  Registrations(ModelRepository models, UnitRepository units, RegistrationProcess registration) {
    this.models = models;
    this.units = units;
    this.registration = registration;
  }

  @Transactional
  public MobilizationModel register(Caller caller, RegistrationRequest request) {
    Unit unit = units.findById(request.unitId())
        .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "unknown-unit", request.unitId()));
    if (!caller.belongsTo(unit.getId()) && !caller.isAdmin()) {
      throw new ApiException(HttpStatus.FORBIDDEN, "not-member", unit.getName());
    }
    if (unit.getRegistrationReviewerId() == null) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "no-reviewer", unit.getName());
    }
    MobilizationModel model = new MobilizationModel(request.kind(), unit.getId(), request.field(), request.year(),
        caller.username());
    model.describe(request.dossier());
    models.saveAndFlush(model);
    model.startedAs(registration.start(model, unit).getId());
    return model;
  }
}
