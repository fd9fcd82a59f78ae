package vn.danvan.workflow.registration;

import java.time.Instant;

/** A model as the API shows it. */
public record ModelView(Long id, ModelKind kind, String name, String unitId, String unitName, Field field, int year,
    String situation, String goals, String content, String area, String forces, String resources, String timeline,
    String outputs, String sustainability, ModelStatus status, String processInstanceId, String missingItems,
    String rejectionReason, String createdBy, Instant createdAt, Instant updatedAt) {

  public static ModelView of(MobilizationModel model, String unitName) {
    RegistrationDossier d = model.dossier();
    return new ModelView(model.getId(), model.getKind(), d.name(), model.getUnitId(), unitName, model.getField(),
        model.getYear(), d.situation(), d.goals(), d.content(), d.area(), d.forces(), d.resources(), d.timeline(),
        d.outputs(), d.sustainability(), model.getStatus(), model.getProcessInstanceId(), model.getMissingItems(),
        model.getRejectionReason(), model.getCreatedBy(), model.getCreatedAt(), model.getUpdatedAt());
  }
}
