package vn.danvan.workflow.organisation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who may evaluate, recognise and reward at which level: read by everyone, changed by administrators (each change
 * audited, see {@link AuthorityChanges}).
 */
@RestController
@RequestMapping("/api/authorities")
class AuthorityController {

  private final AuthorityRepository authorities;
  private final AuthorityChanges changes;

  AuthorityController(AuthorityRepository authorities, AuthorityChanges changes) {
    this.authorities = authorities;
    this.changes = changes;
  }

  record AuthorityView(Long id, String areaId, String levelName, Power power, String actorGroup, String actorTitle,
      String proposerGroup, String proposerTitle, String publicistGroup, String rewardForm, String rewardFormName) {

    static AuthorityView of(Authority a) {
      return new AuthorityView(a.getId(), a.getAreaId(), a.getLevelName(), a.getPower(), a.getActorGroup(),
          a.getActorTitle(), a.getProposerGroup(), a.getProposerTitle(), a.getPublicistGroup(), a.getRewardForm(),
          a.getRewardFormName());
    }
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<AuthorityView> list() {
    return authorities.findAll().stream().map(AuthorityView::of).toList();
  }

  @PostMapping
  @Operation(summary = "Add an authority (administrators)", description = "400 when the area is not a known unit.")
  ResponseEntity<AuthorityView> add(@Valid @RequestBody AuthorityRequest request) {
    Authority saved = changes.add(request);
    return ResponseEntity.created(URI.create("/api/authorities/" + saved.getId())).body(AuthorityView.of(saved));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change an authority (administrators)", description = "Every field as given.")
  AuthorityView update(@PathVariable long id, @Valid @RequestBody AuthorityRequest request) {
    return AuthorityView.of(changes.update(id, request));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Delete an authority (administrators)",
      description = "409 when records use it (e.g. reward proposals it granted), naming them.")
  ResponseEntity<Void> remove(@PathVariable long id) {
    changes.remove(id);
    return ResponseEntity.noContent().build();
  }
}
