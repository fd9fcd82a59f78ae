package vn.danvan.workflow.directive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.danvan.workflow.calendar.TimeLimit;

/**
 * POST /api/directives. coordinatorId defaults to the caller's board; assignedUnitIds defaults to every unit on
 * a task except the issuer and the coordinator; reportDueDay to 20 (a day off moves it to the next working day),
 * escalateAfter to P3WD and consolidateAfter to P7WD (working days; P5D or P1W are calendar days);
 * reportRecipientIds to the issuer.
 */
public record DirectiveRequest(
    @Size(max = 64) String number,
    LocalDate issuedOn,
    @NotBlank @Size(max = 64) String issuerId,
    @Size(max = 64) String coordinatorId,
    @NotBlank @Size(max = 1000) String title,
    @Size(max = 1000) String basis,
    @NotNull LocalDate planDue,
    @NotNull @Min(2000) @Max(2100) Integer reportFromYear,
    @NotNull @Min(2000) @Max(2100) Integer reportToYear,
    @Min(1) @Max(28) Integer reportDueDay,
    @Pattern(regexp = TimeLimit.FORMAT) String escalateAfter,
    @Pattern(regexp = TimeLimit.FORMAT) String consolidateAfter,
    List<@NotBlank String> reportRecipientIds,
    @NotEmpty @Size(max = 100) List<@Valid @NotNull TaskRequest> tasks,
    List<@NotBlank String> assignedUnitIds) {

  /** One task: e.g. section "III", ordinal 6, lead "ban-tuyen-giao-huyen". deadline null: ongoing. */
  public record TaskRequest(
      @NotBlank @Size(max = 16) String section,
      @NotNull @Min(1) @Max(999) Integer ordinal,
      @NotBlank @Size(max = 500) String title,
      @Size(max = 4000) String content,
      LocalDate deadline,
      @NotEmpty List<@NotBlank String> leadUnitIds,
      List<@NotBlank String> participantUnitIds) {
  }
}
