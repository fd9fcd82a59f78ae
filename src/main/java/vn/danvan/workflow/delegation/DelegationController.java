package vn.danvan.workflow.delegation;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.security.DisplayNames;

/**
 * Delegation for absence over JSON: the caller's own delegations and those naming them as substitute; create one
 * for oneself (a colleague of one's unit, dates inclusive, ISO yyyy-MM-dd), cancel one's own.
 */
@RestController
@RequestMapping("/api/delegations")
class DelegationController {

  private final Delegations delegations;
  private final DisplayNames names;

  DelegationController(Delegations delegations, DisplayNames names) {
    this.delegations = delegations;
    this.names = names;
  }

  /** A delegation as the API shows it; {@code active}: in force today. */
  record DelegationView(long id, String absentUser, String absentName, String substitute, String substituteName,
      LocalDate startsOn, LocalDate endsOn, boolean active, Instant cancelledAt) {
  }

  record DelegationRequest(String substitute, LocalDate startsOn, LocalDate endsOn) {
  }

  @GetMapping
  List<DelegationView> list() {
    return delegations.involving(Caller.current()).stream().map(this::view).toList();
  }

  @PostMapping
  ResponseEntity<DelegationView> create(@RequestBody DelegationRequest request) {
    Delegation created = delegations.create(Caller.current(), request.substitute(), request.startsOn(),
        request.endsOn());
    return ResponseEntity.created(URI.create("/api/delegations/" + created.getId())).body(view(created));
  }

  @PostMapping("/{id}/cancel")
  DelegationView cancel(@PathVariable long id) {
    return view(delegations.cancel(Caller.current(), id));
  }

  private DelegationView view(Delegation d) {
    return new DelegationView(d.getId(), d.getAbsentUser(), names.of(d.getAbsentUser()), d.getSubstitute(),
        names.of(d.getSubstitute()), d.getStartsOn(), d.getEndsOn(), d.activeOn(delegations.today()),
        d.getCancelledAt());
  }
}
