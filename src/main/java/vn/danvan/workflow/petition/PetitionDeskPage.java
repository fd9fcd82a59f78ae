package vn.danvan.workflow.petition;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * "Tiếp công dân" (/tiep-cong-dan): the receiving desk records a petition received in person, by post or by phone
 * for one of its units, and lists the petitions of the units it sees with their stage and due date; the same
 * {@link PetitionDesk} rules as /api/petitions. The handling itself is done on the task pages ("Công việc").
 */
@PortalPage
class PetitionDeskPage {

  static final String PATH = "/tiep-cong-dan";
  static final List<PetitionChannel> DESK_CHANNELS = List.of(PetitionChannel.IN_PERSON, PetitionChannel.POST,
      PetitionChannel.PHONE);

  private final PetitionDesk desk;
  private final Petitions petitions;
  private final Petitioners petitioners;
  private final PetitionTransferRepository transfers;
  private final UnitRepository units;
  private final Clock clock;

  PetitionDeskPage(PetitionDesk desk, Petitions petitions, Petitioners petitioners,
      PetitionTransferRepository transfers, UnitRepository units, Clock clock) {
    this.desk = desk;
    this.petitions = petitions;
    this.petitioners = petitioners;
    this.transfers = transfers;
    this.units = units;
    this.clock = clock;
  }

  /** What the desk's form posts; all text, checked by {@link Petitions#receive}. */
  record DeskForm(String kind, String channel, String unitId, String petitionerName, String petitionerContact,
      String petitionerAddress, String subject, String content) {

    static DeskForm empty() {
      return new DeskForm(null, null, null, null, null, null, null, null);
    }
  }

  @GetMapping(PATH)
  ModelAndView desk() {
    return deskPage(DeskForm.empty(), Map.of());
  }

  @PostMapping(PATH)
  ModelAndView record(@ModelAttribute("form") DeskForm form, RedirectAttributes flash) {
    Map<String, String> errors = new LinkedHashMap<>();
    PetitionKind kind = parse(PetitionKind.class, form.kind(), "kind", errors);
    PetitionChannel channel = parse(PetitionChannel.class, form.channel(), "channel", errors);
    if (errors.isEmpty()) {
      try {
        Petition petition = desk.record(new PetitionReceipt(kind, channel, form.unitId(), form.petitionerName(),
            form.petitionerContact(), form.petitionerAddress(), form.subject(), form.content()), Caller.current());
        flash.addFlashAttribute("received", petition.getTrackingCode());
        return new ModelAndView("redirect:" + PATH + "/" + petition.getId());
      } catch (ApiException refused) {
        if (refused.status() != HttpStatus.BAD_REQUEST) {
          throw refused;
        }
        errors.put(String.valueOf(refused.args()[0]), "petition.invalid");
      }
    }
    ModelAndView page = deskPage(form, errors);
    page.setStatus(HttpStatus.BAD_REQUEST);
    return page;
  }

  @GetMapping(PATH + "/{id}")
  ModelAndView show(@PathVariable long id) {
    return petitionPage(desk.visible(id, Caller.current()), null);
  }

  /** A deliberate, logged read (a POST, so no prefetch or reload reads it): 403 page for anyone else. */
  @PostMapping(PATH + "/{id}/nguoi-gui")
  ModelAndView petitioner(@PathVariable long id) {
    Caller caller = Caller.current();
    Petition petition = desk.visible(id, caller);
    PetitionerIdentity identity = petitioners.read(petition, caller, true).orElseThrow(ApiException::forbidden);
    return petitionPage(petition, identity);
  }

  private ModelAndView deskPage(DeskForm form, Map<String, String> errors) {
    Caller caller = Caller.current();
    ModelAndView page = new ModelAndView("petition/desk");
    page.addObject("form", form);
    page.addObject("errors", errors);
    page.addObject("kinds", PetitionKind.values());
    page.addObject("channels", DESK_CHANNELS);
    page.addObject("ownUnits", units.findAllById(caller.groups()).stream().filter(u -> !u.isClosed())
        .sorted(Comparator.comparing(Unit::getName)).toList());
    page.addObject("rows", petitions.ofUnits(desk.visibleUnits(caller), 100).stream().map(PetitionView::of).toList());
    page.addObject("today", VietnamTime.dayOf(clock.instant()));
    return page;
  }

  private ModelAndView petitionPage(Petition petition, PetitionerIdentity identity) {
    Caller caller = Caller.current();
    ModelAndView page = new ModelAndView("petition/petition");
    page.addObject("p", PetitionView.of(petition));
    page.addObject("acceptDueOn", petition.getAcceptDueOn());
    page.addObject("settleDueOn", petition.getSettleDueOn());
    page.addObject("transfers", transfers.findByPetitionIdOrderByTransferredAtAsc(petition.getId()));
    page.addObject("mayReadPetitioner", Petitioners.mayRead(petition, caller, true));
    page.addObject("identity", identity);
    page.addObject("today", VietnamTime.dayOf(clock.instant()));
    return page;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
    try {
      return value == null ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      errors.put(field, "petition.invalid");
      return null;
    }
  }
}
