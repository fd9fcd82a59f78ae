package vn.danvan.workflow.delegation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.security.DisplayNames;
import vn.danvan.workflow.web.ApiException;

/**
 * "Ủy quyền khi vắng mặt" (/uy-quyen): name a colleague of one's unit and the days (dd/MM/yyyy, both included);
 * lists one's delegations and those naming one as substitute; cancel one's own. The rules are {@link Delegations}',
 * as for /api/delegations; a refusal is said above the form with what was typed kept.
 */
@PortalPage
class DelegationPage {

  private final Delegations delegations;
  private final DisplayNames names;
  private final MessageSource messages;

  DelegationPage(Delegations delegations, DisplayNames names, MessageSource messages) {
    this.delegations = delegations;
    this.names = names;
    this.messages = messages;
  }

  /** A line of the list, with the names and dates as officials write them. */
  record Line(long id, String absentName, String substituteName, String startsOn, String endsOn, boolean active,
      boolean cancelled, boolean mine) {
  }

  @GetMapping("/uy-quyen")
  String list(Model page) {
    Caller caller = Caller.current();
    fill(page, caller);
    return "delegation/list";
  }

  @PostMapping("/uy-quyen")
  String create(@RequestParam(defaultValue = "") String substitute,
      @RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn, Model page,
      Locale locale, RedirectAttributes next, HttpServletResponse response) {
    Caller caller = Caller.current();
    try {
      delegations.create(caller, substitute, day(startsOn), day(endsOn));
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      page.addAttribute("refusal", messages.getMessage("problem." + e.code() + ".detail", e.args(), locale));
      page.addAttribute("substitute", substitute);
      page.addAttribute("startsOn", startsOn);
      page.addAttribute("endsOn", endsOn);
      fill(page, caller);
      return "delegation/list";
    }
    next.addFlashAttribute("notice", messages.getMessage("delegation.created",
        new Object[] {names.of(substitute), startsOn.strip(), endsOn.strip()}, locale));
    return "redirect:/uy-quyen";
  }

  @PostMapping("/uy-quyen/{id}/huy")
  String cancel(@PathVariable long id, Locale locale, RedirectAttributes next) {
    delegations.cancel(Caller.current(), id);
    next.addFlashAttribute("notice", messages.getMessage("delegation.cancelled", null, locale));
    return "redirect:/uy-quyen";
  }

  private void fill(Model page, Caller caller) {
    LocalDate today = delegations.today();
    page.addAttribute("lines", delegations.involving(caller).stream().map(d -> new Line(d.getId(),
        names.of(d.getAbsentUser()), names.of(d.getSubstitute()), VietnamTime.format(d.getStartsOn()),
        VietnamTime.format(d.getEndsOn()), d.activeOn(today), d.getCancelledAt() != null,
        d.getAbsentUser().equals(caller.username()))).toList());
    page.addAttribute("colleagues", delegations.colleaguesOf(caller).stream()
        .map(u -> new Colleague(u.getId(), Delegations.fullName(u).isEmpty() ? u.getId() : Delegations.fullName(u)))
        .toList());
    page.addAttribute("today", VietnamTime.format(today));
  }

  record Colleague(String id, String name) {
  }

  /** dd/MM/yyyy as officials write it (d/M/yyyy accepted); anything else is refused as bad dates. */
  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu")
          .withResolverStyle(java.time.format.ResolverStyle.STRICT));
    } catch (DateTimeParseException e) {
      throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "delegation-dates");
    }
  }
}
