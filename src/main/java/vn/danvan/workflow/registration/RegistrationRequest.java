package vn.danvan.workflow.registration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.model.RegistrationDossier;
import vn.danvan.workflow.web.PlainText;

/**
 * POST /api/models: the registration form's sections (texts up to 4000 characters, as the engine stores them;
 * plain text: no control characters).
 */
public record RegistrationRequest(
    @NotNull ModelKind kind,
    @NotBlank @Size(max = 255) @PlainText String name,
    @NotBlank @Size(max = 64) @PlainText String unitId,
    @NotNull Field field,
    @NotNull @Min(2000) @Max(2100) Integer year,
    @NotBlank @Size(max = 4000) @PlainText String situation,
    @NotBlank @Size(max = 4000) @PlainText String goals,
    @NotBlank @Size(max = 4000) @PlainText String content,
    @NotBlank @Size(max = 4000) @PlainText String area,
    @NotBlank @Size(max = 4000) @PlainText String forces,
    @Size(max = 4000) @PlainText String resources,
    @NotBlank @Size(max = 4000) @PlainText String timeline,
    @NotBlank @Size(max = 4000) @PlainText String outputs,
    @Size(max = 4000) @PlainText String sustainability) {

  RegistrationDossier dossier() {
    return new RegistrationDossier(name, situation, goals, content, area, forces, resources, timeline, outputs,
        sustainability);
  }
}
