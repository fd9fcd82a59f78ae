package vn.danvan.workflow.model;

import java.time.Instant;
import java.util.List;

/**
 * A model as the API shows it. The last fields (rating, decisions, current step, open tasks) are filled for a
 * single model only, from the later stages ({@link ModelLife}); lists leave them out.
 */
public record ModelView(Long id, ModelKind kind, String name, String unitId, String unitName, Field field, int year,
    String situation, String goals, String content, String area, String forces, String resources, String timeline,
    String outputs, String sustainability, ModelStatus status, String processInstanceId, String missingItems,
    String rejectionReason, String createdBy, Instant createdAt, Instant updatedAt, String removalReason,
    ModelLife.Rating rating, List<ModelLife.Decision> recognitions, List<ModelLife.Decision> rewards,
    String currentStep, List<ModelLife.OpenTask> openTasks) {

  public static ModelView of(MobilizationModel model, String unitName) {
    return of(model, unitName, null);
  }

  public static ModelView of(MobilizationModel model, String unitName, ModelLife life) {
    RegistrationDossier d = model.dossier();
    return new ModelView(model.getId(), model.getKind(), d.name(), model.getUnitId(), unitName, model.getField(),
        model.getYear(), d.situation(), d.goals(), d.content(), d.area(), d.forces(), d.resources(), d.timeline(),
        d.outputs(), d.sustainability(), model.getStatus(), model.getProcessInstanceId(), model.getMissingItems(),
        model.getRejectionReason(), model.getCreatedBy(), model.getCreatedAt(), model.getUpdatedAt(),
        model.getRemovalReason(),
        life == null ? null : life.rating(),
        life == null ? null : life.recognitions(),
        life == null ? null : life.rewards(),
        life == null ? null : life.currentStep(model.getStatus()),
        life == null ? null : life.openTasks());
  }
}
