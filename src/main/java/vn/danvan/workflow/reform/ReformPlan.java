package vn.danvan.workflow.reform;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A reform as data: communes merged (each into a new commune or into one of them) and a district dissolved (its
 * open units placed under the province, the district closed). Nothing happens until it is executed.
 */
public record ReformPlan(
    @Schema(description = "The day from which the old units are closed", example = "2025-07-01")
    @NotNull LocalDate effectiveOn,
    @Valid List<Merger> mergers,
    @Schema(description = "A district to dissolve (optional)", example = "huyen-xuan-truong")
    String dissolvedDistrictId) {

  public ReformPlan {
    mergers = mergers == null ? List.of() : List.copyOf(mergers);
    dissolvedDistrictId = dissolvedDistrictId == null || dissolvedDistrictId.isBlank() ? null : dissolvedDistrictId;
  }

  /**
   * Communes merged: into {@code intoUnitId} (one of the sources, which stays open) or, when it is empty, into a new
   * commune named {@code newUnitName} (its id {@code newUnitId}, or made from the name).
   */
  public record Merger(
      @Schema(example = "[\"xa-xuan-hong\", \"xa-xuan-thuong\"]") List<String> sourceIds,
      @Schema(description = "One of the sources to merge into; empty for a new commune") String intoUnitId,
      @Schema(example = "xa-xuan-giang") String newUnitId,
      @Schema(example = "Xã Xuân Giang") String newUnitName) {

    public Merger {
      sourceIds = sourceIds == null ? List.of()
          : sourceIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
      intoUnitId = blankToNull(intoUnitId);
      newUnitId = blankToNull(newUnitId);
      newUnitName = newUnitName == null || newUnitName.isBlank() ? null : newUnitName.strip();
    }

    boolean isEmpty() {
      return sourceIds.isEmpty() && intoUnitId == null && newUnitName == null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
