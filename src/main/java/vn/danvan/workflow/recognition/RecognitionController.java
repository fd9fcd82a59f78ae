package vn.danvan.workflow.recognition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelAccess;
import vn.danvan.workflow.model.ModelDecision;
import vn.danvan.workflow.model.ModelDecisionRepository;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.Power;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/** Recognition rounds, and a model's publicity and replication (which can be recorded at any time). */
@RestController
class RecognitionController {

  private final RecognitionRoundRepository rounds;
  private final RecognitionCandidateRepository candidates;
  private final PublicityRepository publicity;
  private final ReplicationRepository replications;
  private final ModelAccess access;
  private final Authorities authorities;
  private final UnitDirectory directory;
  private final UnitRepository units;
  private final ModelDecisionRepository decisions;
  private final Clock clock;

  RecognitionController(RecognitionRoundRepository rounds, RecognitionCandidateRepository candidates,
      PublicityRepository publicity, ReplicationRepository replications, ModelAccess access,
      Authorities authorities, UnitDirectory directory, UnitRepository units, ModelDecisionRepository decisions,
      Clock clock) {
    this.clock = clock;
    this.rounds = rounds;
    this.candidates = candidates;
    this.publicity = publicity;
    this.replications = replications;
    this.access = access;
    this.authorities = authorities;
    this.directory = directory;
    this.units = units;
    this.decisions = decisions;
  }

  record CandidateView(Long modelId, BigDecimal score, String ratingLabel, CandidateStatus status,
      boolean outstanding) {
  }

  record RoundView(Long id, int year, String areaId, String levelName, String deciderTitle, RoundStatus status,
      String minutesNumber, LocalDate minutesDate, String decisionNumber, LocalDate decisionDate, String signer,
      String returnReason, String rejectionReason, List<CandidateView> candidates) {
  }

  /** The rounds of a year whose area the caller sees (bodies overseeing it, administrators). */
  @GetMapping("/api/recognition-rounds")
  @Transactional(readOnly = true)
  List<RoundView> rounds(@RequestParam int year) {
    Caller caller = Caller.current();
    Set<String> visible = directory.visibleUnitIds(caller.groups());
    return rounds.findByYearOrderByIdAsc(year).stream()
        .filter(round -> caller.isAdmin() || visible.contains(round.getAreaId()))
        .map(round -> new RoundView(round.getId(), round.getYear(), round.getAreaId(), round.getLevelName(),
            round.getDeciderTitle(), round.getStatus(), round.getMinutesNumber(), round.getMinutesDate(),
            round.getDecision().getNumber(), round.getDecision().getDate(), round.getDecision().getSigner(),
            round.getReturnReason(),
            round.getRejectionReason(), candidates.findByRoundIdOrderByModelIdAsc(round.getId()).stream()
                .map(c -> new CandidateView(c.getModelId(), c.getScore(), c.getRatingLabel(), c.getStatus(),
                    c.isOutstanding())).toList()))
        .toList();
  }

  record PublicityView(Long id, String channel, String title, LocalDate publishedOn, String link,
      String recordedBy) {
  }

  @GetMapping("/api/models/{id}/publicity")
  @Transactional(readOnly = true)
  List<PublicityView> publicity(@PathVariable long id) {
    access.visible(id);
    return publicity.findByModelIdOrderByPublishedOnDescIdDesc(id).stream()
        .map(p -> new PublicityView(p.getId(), p.getChannel(), p.getTitle(), p.getPublishedOn(), p.getLink(),
            p.getRecordedBy())).toList();
  }

  record ReplicationView(Long id, String unitId, String unitName, LocalDate adoptedOn, String note,
      String recordedBy, Instant recordedAt) {
  }

  record ReplicationRequest(@NotBlank @Size(max = 64) String unitId, @NotNull @PastOrPresent LocalDate adoptedOn,
      @Size(max = 4000) String note) {
  }

  @GetMapping("/api/models/{id}/replications")
  @Transactional(readOnly = true)
  List<ReplicationView> replications(@PathVariable long id) {
    access.visible(id);
    return replications.findByModelIdOrderByAdoptedOnAscIdAsc(id).stream().map(this::view).toList();
  }

  /** Ban Dân vận (who coordinates or proposes recognition above the model's unit) records an adoption. */
  @PostMapping("/api/models/{id}/replications")
  @Transactional
  ResponseEntity<ReplicationView> replicate(@PathVariable long id, @Valid @RequestBody ReplicationRequest request) {
    Caller caller = Caller.current();
    MobilizationModel model = access.visible(id);
    if (!caller.isAdmin() && !followsReplication(caller, model)) {
      throw ApiException.forbidden();
    }
    if (!units.existsById(request.unitId())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-unit", request.unitId());
    }
    Instant now = clock.instant();
    Replication saved = replications.save(new Replication(id, request.unitId(), request.adoptedOn(), request.note(),
        caller.username(), now));
    decisions.save(new ModelDecision(id, RecognitionProcess.REPLICATION_TASK, "Theo dõi nhân rộng", "REPLICATE",
        units.findById(request.unitId()).map(u -> u.getName()).orElse(request.unitId()) + " áp dụng từ "
            + VietnamTime.format(request.adoptedOn()),
        caller.username(), now));
    return ResponseEntity.created(URI.create("/api/models/" + id + "/replications")).body(view(saved));
  }

  private boolean followsReplication(Caller caller, MobilizationModel model) {
    return authorities.along(model.getUnitId(), Power.EVALUATE).stream().map(Authority::getActorGroup)
        .anyMatch(caller::belongsTo)
        || authorities.along(model.getUnitId(), Power.RECOGNISE).stream().map(Authority::getProposerGroup)
        .anyMatch(caller::belongsTo);
  }

  private ReplicationView view(Replication r) {
    return new ReplicationView(r.getId(), r.getAdoptingUnitId(),
        units.findById(r.getAdoptingUnitId()).map(u -> u.getName()).orElse(null), r.getAdoptedOn(), r.getNote(),
        r.getRecordedBy(), r.getRecordedAt());
  }
}
