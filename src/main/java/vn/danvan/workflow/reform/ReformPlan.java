package vn.danvan.workflow.reform;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A reform as data: communes merged (each into a new commune or into one of them), a district dissolved (its
 * open units placed under the province, the district closed) and provinces merged (their open units placed under
 * the target province, the old province closed). Nothing happens until it is executed.
 */
public record ReformPlan(
    @Schema(description = "The day from which the old units are closed", example = "2025-07-01")
    @NotNull LocalDate effectiveOn,
    @Valid List<Merger> mergers,
    @Schema(description = "A district to dissolve (optional)", example = "huyen-xuan-truong")
    String dissolvedDistrictId,
    @Schema(description = "Provinces merged into another (optional)") @Valid ProvinceMerger provinceMerger) {

  public ReformPlan {
    mergers = mergers == null ? List.of() : List.copyOf(mergers);
    dissolvedDistrictId = dissolvedDistrictId == null || dissolvedDistrictId.isBlank() ? null : dissolvedDistrictId;
    provinceMerger = provinceMerger == null || provinceMerger.isEmpty() ? null : provinceMerger;
  }

  /** Communes and a district only, no province merger. */
  public ReformPlan(LocalDate effectiveOn, List<Merger> mergers, String dissolvedDistrictId) {
    this(effectiveOn, mergers, dissolvedDistrictId, null);
  }

  /**
   * Provinces merged: their open units are placed under {@code intoUnitId} (an existing province, not one of the
   * sources) or, when it is empty, under a new province named {@code newUnitName} (its id {@code newUnitId}, or made
   * from the name); each source province is closed naming it.
   */
  public record ProvinceMerger(
      @Schema(example = "[\"tinh-nam-dinh\"]") List<String> sourceIds,
      @Schema(description = "The province they join; empty for a new province", example = "tinh-ninh-binh")
      String intoUnitId,
      String newUnitId,
      String newUnitName) {

    public ProvinceMerger {
      sourceIds = sourceIds == null ? List.of()
          : sourceIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
      intoUnitId = blankToNull(intoUnitId);
      newUnitId = blankToNull(newUnitId);
      newUnitName = newUnitName == null || newUnitName.isBlank() ? null : newUnitName.strip();
    }

    boolean isEmpty() {
      return sourceIds.isEmpty() && intoUnitId == null && newUnitName == null && newUnitId == null;
    }
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
