package vn.danvan.workflow.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/** Who may evaluate, recognise and reward at which level: read by everyone, changed by administrators. */
@RestController
@RequestMapping("/api/authorities")
class AuthorityController {

  private final AuthorityRepository authorities;
  private final UnitRepository units;

  AuthorityController(AuthorityRepository authorities, UnitRepository units) {
    this.authorities = authorities;
    this.units = units;
  }

  record AuthorityView(Long id, String areaId, String levelName, Power power, String actorGroup, String actorTitle,
      String proposerGroup, String proposerTitle, String publicistGroup, String rewardForm, String rewardFormName) {

    static AuthorityView of(Authority a) {
      return new AuthorityView(a.getId(), a.getAreaId(), a.getLevelName(), a.getPower(), a.getActorGroup(),
          a.getActorTitle(), a.getProposerGroup(), a.getProposerTitle(), a.getPublicistGroup(), a.getRewardForm(),
          a.getRewardFormName());
    }
  }

  record AuthorityRequest(@NotBlank @Size(max = 64) String areaId, @NotBlank @Size(max = 64) String levelName,
      @NotNull Power power, @NotBlank @Size(max = 64) String actorGroup, @NotBlank @Size(max = 255) String actorTitle,
      @Size(max = 64) String proposerGroup, @Size(max = 255) String proposerTitle,
      @Size(max = 64) String publicistGroup, @Size(max = 32) String rewardForm,
      @Size(max = 255) String rewardFormName) {
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<AuthorityView> list() {
    return authorities.findAll().stream().map(AuthorityView::of).toList();
  }

  @PostMapping
  @Transactional
  ResponseEntity<AuthorityView> add(@Valid @RequestBody AuthorityRequest request) {
    if (!Caller.current().isAdmin()) {
      throw ApiException.forbidden();
    }
    if (!units.existsById(request.areaId())) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-unit", request.areaId());
    }
    Authority saved = authorities.save(new Authority(request.areaId(), request.levelName(), request.power(),
        request.actorGroup(), request.actorTitle())
        .proposedBy(request.proposerGroup(), request.proposerTitle())
        .publicisedBy(request.publicistGroup())
        .grants(request.rewardForm(), request.rewardFormName()));
    return ResponseEntity.created(URI.create("/api/authorities/" + saved.getId())).body(AuthorityView.of(saved));
  }

  @DeleteMapping("/{id}")
  @Transactional
  ResponseEntity<Void> remove(@PathVariable long id) {
    if (!Caller.current().isAdmin()) {
      throw ApiException.forbidden();
    }
    authorities.delete(authorities.findById(id).orElseThrow(() -> ApiException.notFound("thẩm quyền", id)));
    return ResponseEntity.noContent().build();
  }
}
