package vn.danvan.workflow.petition;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/** The receiving desk's API: record a petition for one's unit, list and read those of one's units. */
@RestController
@RequestMapping("/api/petitions")
class PetitionController {

  private final PetitionDesk desk;
  private final Petitions petitions;
  private final Petitioners petitioners;
  private final PetitionCounts counts;
  private final java.time.Clock clock;

  PetitionController(PetitionDesk desk, Petitions petitions, Petitioners petitioners, PetitionCounts counts,
      java.time.Clock clock) {
    this.desk = desk;
    this.petitions = petitions;
    this.petitioners = petitioners;
    this.counts = counts;
    this.clock = clock;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> receive(@RequestBody PetitionReceipt receipt) {
    Petition petition = desk.record(receipt, Caller.current());
    return Map.of("id", petition.getId(), "trackingCode", petition.getTrackingCode());
  }

  @GetMapping
  List<PetitionView> list() {
    return petitions.ofUnits(desk.visibleUnits(Caller.current()), 200).stream().map(PetitionView::of).toList();
  }

  /** Received, settled on time, late, overdue, by unit and kind, for petitions received from {@code from} to {@code to}. */
  @GetMapping("/counts")
  List<PetitionCounts.Row> counts(@org.springframework.web.bind.annotation.RequestParam java.time.LocalDate from,
      @org.springframework.web.bind.annotation.RequestParam java.time.LocalDate to) {
    if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "petition-invalid", "to");
    }
    return counts.count(desk.visibleUnits(Caller.current()), from, to,
        vn.danvan.workflow.calendar.VietnamTime.dayOf(clock.instant()));
  }

  @GetMapping("/{id}")
  PetitionView show(@PathVariable long id) {
    return PetitionView.of(desk.visible(id, Caller.current()));
  }

  /** The petitioner: 404 for a petition one does not see, 403 for an identity one may not read; logged. */
  @GetMapping("/{id}/petitioner")
  PetitionerIdentity petitioner(@PathVariable long id) {
    Caller caller = Caller.current();
    Petition petition = petitions.find(id).orElseThrow(() -> ApiException.notFound("đơn", id));
    boolean sees = desk.sees(petition, caller);
    PetitionerIdentity identity = petitioners.read(petition, caller, sees).orElse(null);
    if (identity == null) {
      throw sees ? ApiException.forbidden() : ApiException.notFound("đơn", id);
    }
    return identity;
  }
}
