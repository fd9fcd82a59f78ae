package vn.danvan.workflow.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.PageView;

@RestController
@RequestMapping("/api/models")
class RegistrationController {

  private final ModelRepository models;
  private final ModelDecisionRepository decisions;
  private final UnitRepository units;
  private final UnitDirectory directory;
  private final RegistrationProcess registration;
  private final ModelAccess access;
  private final List<ModelStage> stages;
  private final Registrations registrations;

  RegistrationController(ModelRepository models, ModelDecisionRepository decisions, UnitRepository units,
      UnitDirectory directory, RegistrationProcess registration, ModelAccess access, List<ModelStage> stages,
      Registrations registrations) {
    this.registrations = registrations;
    this.models = models;
    this.decisions = decisions;
    this.units = units;
    this.directory = directory;
    this.registration = registration;
    this.access = access;
    this.stages = stages;
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
  PageView<ModelView> list(@RequestParam(required = false) String unitId,
      @RequestParam(required = false) Field field, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) ModelStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    Caller caller = Caller.current();
    Specification<MobilizationModel> spec = (root, query, cb) -> cb.conjunction();
    if (!caller.isAdmin()) {
      Set<String> visible = directory.visibleUnitIds(caller.groups());
      spec = spec.and((root, query, cb) -> visible.isEmpty() ? cb.disjunction() : root.get("unitId").in(visible));
    }
    spec = spec.and(equal("unitId", unitId)).and(equal("field", field)).and(equal("year", year))
        .and(equal("status", status));
    Page<MobilizationModel> found = models.findAll(spec, PageRequest.of(page, size, Sort.by("id").descending()));
    Map<String, String> names = unitNames(found.map(MobilizationModel::getUnitId).toSet());
    return PageView.of(found, model -> ModelView.of(model, names.get(model.getUnitId())));
  }

  private MobilizationModel visibleModel(long id) {
    return access.visible(id);
  }

  private Map<String, String> unitNames(Collection<String> ids) {
    return units.findAllById(ids).stream().collect(Collectors.toMap(Unit::getId, Unit::getName));
  }

  private static Specification<MobilizationModel> equal(String attribute, Object value) {
    return value == null ? null : (root, query, cb) -> cb.equal(root.get(attribute), value);
  }
}
