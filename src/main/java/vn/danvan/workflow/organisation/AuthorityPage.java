package vn.danvan.workflow.organisation;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * "Thẩm quyền công nhận, khen thưởng" (/quan-tri/tham-quyen): the administrators' page over the same
 * {@link AuthorityChanges} as /api/authorities (same checks, same audit); anyone else gets the 403 page. Plain
 * forms: add on the list, edit on its own page, delete after a confirmation page.
 */
@PortalPage
class AuthorityPage {

  static final String PATH = "/quan-tri/tham-quyen";

  private final AuthorityRepository authorities;
  private final AuthorityChanges changes;
  private final UnitRepository units;
  private final MessageSource messages;
  private final Problems texts;

  AuthorityPage(AuthorityRepository authorities, AuthorityChanges changes, UnitRepository units,
      MessageSource messages, Problems texts) {
    this.authorities = authorities;
    this.changes = changes;
    this.units = units;
    this.messages = messages;
    this.texts = texts;
  }

  /** A row of the table, the area by its name. */
  record Row(Long id, String areaName, String levelName, Power power, String actorTitle, String proposerTitle,
      String rewardFormName) {
  }

  @GetMapping(PATH)
  ModelAndView list() {
    AuthorityChanges.administrator();
    return listPage(null, Map.of());
  }

  @PostMapping(PATH)
  ModelAndView add(@Valid @ModelAttribute("form") AuthorityRequest form, BindingResult binding,
      RedirectAttributes flash, Locale locale) {
    AuthorityChanges.administrator();
    Map<String, String> errors = errors(binding, locale);
    if (errors.isEmpty()) {
      try {
        Authority added = changes.add(form);
        flash.addFlashAttribute("saved", added.getActorTitle());
        return new ModelAndView("redirect:" + PATH);
      } catch (ApiException refused) {
        errors.put(field(refused), detail(refused, locale));
      }
    }
    return listPage(form, errors);
  }

  @GetMapping(PATH + "/{id}/sua")
  ModelAndView edit(@PathVariable long id) {
    AuthorityChanges.administrator();
    return editPage(id, AuthorityRequest.of(changes.find(id)), Map.of());
  }

  @PostMapping(PATH + "/{id}")
  ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") AuthorityRequest form,
      BindingResult binding, RedirectAttributes flash, Locale locale) {
    AuthorityChanges.administrator();
    changes.find(id);
    Map<String, String> errors = errors(binding, locale);
    if (errors.isEmpty()) {
      try {
        Authority saved = changes.update(id, form);
        flash.addFlashAttribute("saved", saved.getActorTitle());
        return new ModelAndView("redirect:" + PATH);
      } catch (ApiException refused) {
        if (refused.status() != HttpStatus.BAD_REQUEST) {
          throw refused;
        }
        errors.put(field(refused), detail(refused, locale));
      }
    }
    return editPage(id, form, errors);
  }

  @GetMapping(PATH + "/{id}/xoa")
  ModelAndView confirmDelete(@PathVariable long id) {
    AuthorityChanges.administrator();
    return deletePage(changes.find(id), null);
  }

  @PostMapping(PATH + "/{id}/xoa")
  ModelAndView delete(@PathVariable long id, RedirectAttributes flash, Locale locale) {
    AuthorityChanges.administrator();
    Authority authority = changes.find(id);
    try {
      changes.remove(id);
    } catch (ApiException refused) {
      if (refused.status() != HttpStatus.CONFLICT) {
        throw refused;
      }
      ModelAndView page = deletePage(authority, detail(refused, locale));
      page.setStatus(HttpStatus.CONFLICT);
      return page;
    }
    flash.addFlashAttribute("deleted", authority.getActorTitle());
    return new ModelAndView("redirect:" + PATH);
  }

  private ModelAndView listPage(AuthorityRequest form, Map<String, String> errors) {
    Map<String, String> names = unitNames();
    ModelAndView page = new ModelAndView("organisation/authorities");
    page.addObject("rows", authorities.findAll().stream()
        .map(a -> new Row(a.getId(), names.getOrDefault(a.getAreaId(), a.getAreaId()), a.getLevelName(),
            a.getPower(), a.getActorTitle(), a.getProposerTitle(), a.getRewardFormName()))
        .sorted(Comparator.comparing(Row::areaName).thenComparing(Row::power).thenComparing(Row::id)).toList());
    formModel(page, form, errors);
    return page;
  }

  private ModelAndView editPage(long id, AuthorityRequest form, Map<String, String> errors) {
    ModelAndView page = new ModelAndView("organisation/authority-edit");
    page.addObject("id", id);
    formModel(page, form, errors);
    return page;
  }

  private ModelAndView deletePage(Authority authority, String refusal) {
    ModelAndView page = new ModelAndView("organisation/authority-delete");
    page.addObject("authority", authority);
    page.addObject("areaName", units.findById(authority.getAreaId()).map(Unit::getName).orElse(authority.getAreaId()));
    page.addObject("refusal", refusal);
    return page;
  }

  /** Errors are shown on a page answered 200, so htmx or a plain form both redraw it. */
  private void formModel(ModelAndView page, AuthorityRequest form, Map<String, String> errors) {
    page.addObject("form", form);
    page.addObject("errors", errors);
    page.addObject("units", units.findAll().stream().sorted(Comparator.comparing(Unit::getName)).toList());
    page.addObject("powers", Power.values());
  }

  private Map<String, String> unitNames() {
    return units.findAll().stream().collect(Collectors.toMap(Unit::getId, Unit::getName, (a, b) -> a));
  }

  private Map<String, String> errors(BindingResult binding, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError error : binding.getFieldErrors()) {
      errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
    }
    return errors;
  }

  private static String field(ApiException refused) {
    return "unknown-unit".equals(refused.code()) ? "areaId" : "form";
  }

  private String detail(ApiException refusal, Locale locale) {
    return texts.text("problem." + refusal.code() + ".detail", locale, refusal.args());
  }
}
