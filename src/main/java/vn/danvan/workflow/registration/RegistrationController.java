package vn.danvan.workflow.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelAccess;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.model.ModelLife;
import vn.danvan.workflow.model.ModelRepository;
import vn.danvan.workflow.model.ModelStage;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.model.ModelView;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.PageView;

@RestController
@RequestMapping("/api/models")
class RegistrationController {

  private final ModelRepository models;
  private final ModelDecisionRepository decisions;
  private final UnitRepository units;
  private final ModelAccess access;
  private final List<ModelStage> stages;
  private final Registrations registrations;
  private final ModelSearch search;
  private final ModelListXlsx xlsx;
  private final Clock clock;

  RegistrationController(ModelRepository models, ModelDecisionRepository decisions, UnitRepository units,
      ModelAccess access, List<ModelStage> stages, Registrations registrations, ModelSearch search,
      ModelListXlsx xlsx, Clock clock) {
    this.registrations = registrations;
    this.models = models;
    this.decisions = decisions;
    this.units = units;
    this.access = access;
    this.stages = stages;
    this.search = search;
    this.xlsx = xlsx;
    this.clock = clock;
  }

  record Registered(Long id, ModelStatus status, String processInstanceId) {
  }

  /** The model and its process start commit together or not at all ({@link Registrations}). */
  @PostMapping
  @Transactional
  ResponseEntity<Registered> register(@Valid @RequestBody RegistrationRequest request) {
    MobilizationModel model = registrations.register(Caller.current(), request);
    return ResponseEntity.created(URI.create("/api/models/" + model.getId()))
        .body(new Registered(model.getId(), model.getStatus(), model.getProcessInstanceId()));
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  ModelView get(@PathVariable long id) {
    MobilizationModel model = visibleModel(id);
    ModelLife life = new ModelLife();
    stages.forEach(stage -> stage.describe(model, life));
    return ModelView.of(model, unitNames(List.of(model.getUnitId())).get(model.getUnitId()), life);
  }

  /** {@code onBehalfOf}: the absent official the actor stood in for (null when acting for themselves). */
  record DecisionView(String step, String stepName, String decision, String comment, String actor,
      java.time.Instant decidedAt, String onBehalfOf) {
  }

  @GetMapping("/{id}/history")
  @Transactional(readOnly = true)
  List<DecisionView> history(@PathVariable long id) {
    visibleModel(id);
    return decisions.findByModelIdOrderByDecidedAtAscIdAsc(id).stream()
        .map(d -> new DecisionView(d.getStep(), d.getStepName(), d.getDecision(), d.getComment(), d.getActor(),
            d.getDecidedAt(), d.getOnBehalfOf()))
        .toList();
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(summary = "Danh sách mô hình",
      description = "The models the caller may see (an administrator all, anyone else their units and the units "
          + "below them), filtered, searched and sorted, one page at a time. The same list as the portal's /mo-hinh.")
  PageView<ModelView> list(@RequestParam(required = false) String unitId,
      @RequestParam(required = false) Field field, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) ModelStatus status,
      @Parameter(description = "words found in the model's name or its unit's, case and diacritics ignored "
          + "(\"don dien\" finds \"Dồn điền\")") @RequestParam(required = false) @Size(max = 100) String q,
      @Parameter(description = "name, unit, field, year, status, updated or created, then optionally ,asc or ,desc; "
          + "default created,desc (newest first)") @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    ModelSearch.Found found = search.find(Caller.current(),
        new ModelSearch.Criteria(unitId, field, year, status, q, order(sort), page, size));
    Map<Long, MobilizationModel> byId = models.findAllById(found.lines().stream().map(ModelSearch.Line::id).toList())
        .stream().collect(Collectors.toMap(MobilizationModel::getId, model -> model));
    return new PageView<>(found.lines().stream()
        .map(line -> ModelView.of(byId.get(line.id()), line.unitName())).toList(), page, size, found.total(),
        found.more());
  }

  @GetMapping("/export")
  @Transactional(readOnly = true)
  @Operation(summary = "Danh sách mô hình as an Excel workbook",
      description = "The list of GET /api/models with the same filters and order, every page (at most "
          + ModelSearch.EXPORT_LIMIT + " rows; the sheet says when there were more), as "
          + "danh-sach-mo-hinh-yyyyMMdd.xlsx: Vietnamese header, unit names, field and status labels, dd/mm/yyyy.")
  @ApiResponse(responseCode = "200", content = @Content(
      mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
  ResponseEntity<byte[]> export(@RequestParam(required = false) String unitId,
      @RequestParam(required = false) Field field, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) ModelStatus status,
      @RequestParam(required = false) @Size(max = 100) String q,
      @RequestParam(required = false) String sort) {
    ModelSearch.Criteria criteria = new ModelSearch.Criteria(unitId, field, year, status, q, order(sort), 0, 1);
    ModelSearch.Found found = search.export(Caller.current(), criteria);
    String unitName = criteria.unitId() == null ? null
        : unitNames(List.of(criteria.unitId())).get(criteria.unitId());
    return xlsx.download(criteria, found, LocalDate.now(clock), unitName);
  }

  private static ModelSearch.Order order(String sort) {
    try {
      return ModelSearch.Order.parse(sort);
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-sort", sort);
    }
  }

  private MobilizationModel visibleModel(long id) {
    return access.visible(id);
  }

  private Map<String, String> unitNames(Collection<String> ids) {
    return units.findAllById(ids).stream().collect(Collectors.toMap(Unit::getId, Unit::getName));
  }
}
