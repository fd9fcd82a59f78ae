package vn.danvan.workflow.directive;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * "Ban hành chỉ đạo" (/chi-dao/moi): a directive typed into a form, kept as a draft (no process), edited
 * (/chi-dao/{id}/sua), previewed with its units and due dates in working days (/chi-dao/{id}/xem-truoc) and
 * issued (its process starts as with POST /api/directives). The same {@link Directives} as
 * /api/directives/drafts: the same checks, rule of who may (others 403) and audit. Rows of tasks are added and
 * removed by plain submit buttons, so the form works without script.
 */
@PortalPage
class DirectiveFormPage {

  static final String NEW = "/chi-dao/moi";

  private final Directives directives;
  private final UnitRepository units;
  private final UnitDirectory directory;
  private final Validator validator;
  private final MessageSource messages;
  private final Problems texts;
  private final Clock clock;

  DirectiveFormPage(Directives directives, UnitRepository units, UnitDirectory directory, Validator validator,
      MessageSource messages, Problems texts, Clock clock) {
    this.directives = directives;
    this.units = units;
    this.directory = directory;
    this.validator = validator;
    this.messages = messages;
    this.texts = texts;
    this.clock = clock;
  }

  @GetMapping(NEW)
  ModelAndView blank() {
    Caller caller = mayIssue();
    List<String> boards = directives.boardsOf(caller);
    return formPage(null, DirectiveForm.blank(LocalDate.now(clock), boards.size() == 1 ? boards.get(0) : null),
        Map.of(), caller);
  }

  @PostMapping(NEW)
  ModelAndView create(@ModelAttribute("form") DirectiveForm form,
      @RequestParam(name = "them-dong", required = false) String addRow,
      @RequestParam(name = "xoa-dong", required = false) Integer removeRow, RedirectAttributes flash, Locale locale) {
    Caller caller = mayIssue();
    return submitted(null, form, addRow, removeRow, flash, locale, caller);
  }

  @GetMapping("/chi-dao/{id}/sua")
  ModelAndView edit(@PathVariable long id) {
    Caller caller = mayIssue();
    Directive draft = directives.draft(caller, id);
    return formPage(id, DirectiveForm.of(directives.request(draft), draft.getCoordinatorId()), Map.of(), caller);
  }

  @PostMapping("/chi-dao/{id}/sua")
  ModelAndView update(@PathVariable long id, @ModelAttribute("form") DirectiveForm form,
      @RequestParam(name = "them-dong", required = false) String addRow,
      @RequestParam(name = "xoa-dong", required = false) Integer removeRow, RedirectAttributes flash, Locale locale) {
    Caller caller = mayIssue();
    directives.draft(caller, id);
    return submitted(id, form, addRow, removeRow, flash, locale, caller);
  }

  @GetMapping("/chi-dao/{id}/xem-truoc")
  ModelAndView preview(@PathVariable long id) {
    Caller caller = mayIssue();
    return previewPage(directives.draft(caller, id), null);
  }

  @PostMapping("/chi-dao/{id}/ban-hanh")
  ModelAndView issue(@PathVariable long id, RedirectAttributes flash, Locale locale) {
    Caller caller = mayIssue();
    Directive draft = directives.draft(caller, id);
    try {
      Directive issued = directives.issueDraft(caller, id);
      flash.addFlashAttribute("notice", messages.getMessage("directiveForm.issued", new Object[] {issued.getTitle()},
          locale));
      return new ModelAndView("redirect:/chi-dao/" + id);
    } catch (ApiException refused) {
      if (refused.status() != HttpStatus.BAD_REQUEST) {
        throw refused;
      }
      ModelAndView page = previewPage(draft, detail(refused, locale));
      page.setStatus(HttpStatus.BAD_REQUEST);
      return page;
    }
  }

  private ModelAndView submitted(Long id, DirectiveForm form, String addRow, Integer removeRow,
      RedirectAttributes flash, Locale locale, Caller caller) {
    if (addRow != null) {
      form.addRow();
      return formPage(id, form, Map.of(), caller);
    }
    if (removeRow != null) {
      form.removeRow(removeRow);
      return formPage(id, form, Map.of(), caller);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    DirectiveRequest request = form.request(errors, text("directiveForm.error.date", locale),
        text("directiveForm.error.number", locale));
    if (request != null) {
      // as @Valid does for the API: each constraint's message by its code in messages*.properties
      DirectFieldBindingResult binding = new DirectFieldBindingResult(request, "form");
      new SpringValidatorAdapter(validator).validate(request, binding);
      for (FieldError error : binding.getFieldErrors()) {
        errors.putIfAbsent(field(error.getField()), messages.getMessage(error, locale));
      }
    }
    if (errors.isEmpty()) {
      try {
        Directive saved = id == null ? directives.saveDraft(caller, request)
            : directives.editDraft(caller, id, request);
        flash.addFlashAttribute("notice", messages.getMessage("directiveForm.saved", new Object[] {saved.getTitle()},
            locale));
        return new ModelAndView("redirect:/chi-dao/" + saved.getId() + "/xem-truoc");
      } catch (ApiException refused) {
        if (refused.status() != HttpStatus.BAD_REQUEST) {
          throw refused;
        }
        errors.put(fieldOf(refused), detail(refused, locale));
      }
    }
    ModelAndView page = formPage(id, form, errors, caller);
    page.setStatus(HttpStatus.BAD_REQUEST);
    return page;
  }

  private ModelAndView formPage(Long id, DirectiveForm form, Map<String, String> errors, Caller caller) {
    ModelAndView page = new ModelAndView("directive/form");
    page.addObject("id", id);
    page.addObject("form", form);
    page.addObject("errors", errors);
    List<Unit> open = units.findAll().stream().filter(u -> !u.isClosed())
        .sorted(Comparator.comparing(Unit::getName)).toList();
    Set<String> visible = directory.visibleUnitIds(caller.groups());
    page.addObject("issuers", open);
    page.addObject("units", caller.isAdmin() ? open : open.stream().filter(u -> visible.contains(u.getId())).toList());
    page.addObject("boards", units.findAllById(directives.boardsOf(caller)));
    return page;
  }

  /** A task as the preview lists it, units by name. */
  record TaskLine(String heading, String leads, String participants, LocalDate deadline) {
  }

  private ModelAndView previewPage(Directive draft, String refusal) {
    ModelAndView page = new ModelAndView("directive/preview");
    page.addObject("draft", draft);
    page.addObject("refusal", refusal);
    try {
      page.addObject("preview", directives.preview(draft));
    } catch (ApiException notIssuable) {
      page.addObject("refusal", refusal != null ? refusal : detail(notIssuable, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }
    Map<String, String> names = new LinkedHashMap<>();
    units.findAll().forEach(u -> names.put(u.getId(), u.getName()));
    page.addObject("names", names);
    java.util.function.Function<List<String>, String> named = ids -> ids == null ? ""
        : String.join("; ", ids.stream().map(unit -> names.getOrDefault(unit, unit)).toList());
    page.addObject("tasks", directives.request(draft).tasks().stream()
        .map(t -> new TaskLine(t.section() + "." + t.ordinal() + " " + t.title(), named.apply(t.leadUnitIds()),
            named.apply(t.participantUnitIds()), t.deadline()))
        .toList());
    return page;
  }

  private Caller mayIssue() {
    Caller caller = Caller.current();
    if (!directives.mayIssue(caller)) {
      throw ApiException.forbidden();
    }
    return caller;
  }

  /** An element of a list of units (tasks[0].leadUnitIds[1]) is named on the list's field. */
  private static String field(String path) {
    return path.replaceAll("\\[\\d+](\\.<[^>]+>)?$", "");
  }

  private static String fieldOf(ApiException refused) {
    if ("unknown-unit".equals(refused.code())) {
      return "form";
    }
    return refused.args().length > 0 && String.valueOf(refused.args()[0]).contains("reportToYear")
        ? "reportToYear" : "assignedUnitIds";
  }

  /** The problem's text; the service's bilingual details ("tiếng Việt / English") give the page their Vietnamese. */
  private String detail(ApiException refusal, Locale locale) {
    String text = texts.text("problem." + refusal.code() + ".detail", locale, refusal.args());
    int english = text.indexOf(" / ");
    return english > 0 && !"en".equals(locale.getLanguage()) ? text.substring(0, english) : text;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
