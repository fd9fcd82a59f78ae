package vn.danvan.workflow.unit;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * "Đơn vị" (/quan-tri/don-vi): the tree of units over the same {@link UnitAdministration} as /api/admin/units (same
 * rules, same audit). Everyone reads the part they see; administrators and the bodies overseeing an area get the
 * forms. A unit's own page holds its forms (edit, member in charge, close); htmx redraws only its panel, a plain
 * POST the whole page.
 */
@PortalPage
class UnitPage {

  static final String PATH = "/quan-tri/don-vi";

  private final UnitAdministration units;
  private final MessageSource messages;
  private final Problems texts;
  private final Clock clock;

  UnitPage(UnitAdministration units, MessageSource messages, Problems texts, Clock clock) {
    this.units = units;
    this.messages = messages;
    this.texts = texts;
    this.clock = clock;
  }

  /** A unit to choose (a parent, a reviewer, a successor), indented by its depth. */
  record Choice(String id, String label) {
  }

  @GetMapping(PATH)
  ModelAndView tree() {
    return treePage(null, Map.of());
  }

  @PostMapping(PATH)
  ModelAndView create(@Valid @ModelAttribute("form") UnitRequest form, BindingResult binding,
      RedirectAttributes flash, Locale locale) {
    Map<String, String> errors = errors(binding, locale);
    if (errors.isEmpty()) {
      try {
        Unit created = units.create(form);
        flash.addFlashAttribute("saved", created.getName());
        return new ModelAndView("redirect:" + PATH + "/" + created.getId());
      } catch (ApiException refused) {
        errors.put(field(refused, "id"), detail(refused, locale));
      }
    }
    return treePage(form, errors);
  }

  @GetMapping(PATH + "/{id}")
  ModelAndView unit(@PathVariable String id) {
    Unit unit = units.readable(id);
    return unitPage(unit, UnitChange.of(unit), null, null, Map.of());
  }

  @PostMapping(PATH + "/{id}")
  ModelAndView change(@PathVariable String id, @Valid @ModelAttribute("form") UnitChange form, BindingResult binding,
      RedirectAttributes flash, Locale locale) {
    Unit unit = units.readable(id);
    Map<String, String> errors = errors(binding, locale);
    if (errors.isEmpty()) {
      try {
        units.change(id, form);
        flash.addFlashAttribute("saved", form.name().strip());
        return new ModelAndView("redirect:" + PATH + "/" + id);
      } catch (ApiException refused) {
        errors.put(field(refused, "parentId"), detail(refusedOrThrow(refused), locale));
      }
    }
    return unitPage(unit, form, null, null, errors);
  }

  @PostMapping(PATH + "/{id}/dong")
  ModelAndView close(@PathVariable String id, @Valid @ModelAttribute("closing") UnitClosing closing,
      BindingResult binding, RedirectAttributes flash, Locale locale) {
    Unit unit = units.readable(id);
    Map<String, String> errors = prefixed("closing.", errors(binding, locale));
    if (errors.isEmpty()) {
      try {
        units.close(id, closing);
        flash.addFlashAttribute("closed", unit.getName());
        return new ModelAndView("redirect:" + PATH + "/" + id);
      } catch (ApiException refused) {
        errors.put("closing.form", detail(refusedOrThrow(refused), locale));
      }
    }
    return unitPage(unit, UnitChange.of(unit), closing, null, errors);
  }

  @PostMapping(PATH + "/{id}/phu-trach")
  ModelAndView putInCharge(@PathVariable String id, @Valid @ModelAttribute("inCharge") InChargeRequest inCharge,
      BindingResult binding, RedirectAttributes flash, Locale locale) {
    Unit unit = units.readable(id);
    Map<String, String> errors = prefixed("inCharge.", errors(binding, locale));
    if (errors.isEmpty()) {
      try {
        units.putInCharge(id, inCharge);
        flash.addFlashAttribute("inChargeSaved", true);
        return new ModelAndView("redirect:" + PATH + "/" + id);
      } catch (ApiException refused) {
        errors.put("inCharge.userId", detail(refusedOrThrow(refused), locale));
      }
    }
    return unitPage(unit, UnitChange.of(unit), null, inCharge, errors);
  }

  @PostMapping(PATH + "/{id}/phu-trach/xoa")
  ModelAndView removeInCharge(@PathVariable String id, RedirectAttributes flash) {
    units.readable(id);
    units.removeInCharge(id);
    flash.addFlashAttribute("inChargeRemoved", true);
    return new ModelAndView("redirect:" + PATH + "/" + id);
  }

  private ModelAndView treePage(UnitRequest form, Map<String, String> errors) {
    UnitTree tree = units.tree();
    UnitAdministration.Rights rights = units.rights();
    ModelAndView page = new ModelAndView("unit/tree");
    page.addObject("roots", tree.roots());
    page.addObject("mayCreate", rights.any());
    if (rights.any()) {
      page.addObject("form", form);
      page.addObject("errors", errors);
      page.addObject("kinds", UnitKind.values());
      page.addObject("parents", choices(tree, rights::mayPlaceUnder));
      page.addObject("references", choices(tree, rights::mayRefer));
    }
    return page;
  }

  private ModelAndView unitPage(Unit unit, UnitChange form, UnitClosing closing, InChargeRequest inCharge,
      Map<String, String> errors) {
    UnitTree tree = units.tree();
    UnitAdministration.Rights rights = units.rights();
    UnitTree.Node node = tree.flatten().stream().map(Map.Entry::getKey).filter(n -> n.id().equals(unit.getId()))
        .findFirst().orElseThrow(() -> ApiException.notFound("đơn vị", unit.getId()));
    ModelAndView page = new ModelAndView("unit/unit");
    page.addObject("unit", node);
    page.addObject("path", path(tree, node));
    page.addObject("form", form);
    page.addObject("errors", errors);
    page.addObject("closing", closing != null ? closing : new UnitClosing(VietnamTime.dayOf(clock.instant()), null));
    page.addObject("inCharge", inCharge != null ? inCharge : node.memberInCharge() == null
        ? new InChargeRequest(null, null, null)
        : new InChargeRequest(node.memberInCharge().userId(), node.memberInCharge().fullName(),
            node.memberInCharge().title()));
    if (node.mayChange() && !node.closed()) {
      Set<String> below = new HashSet<>();
      collect(node, below);
      page.addObject("parents", choices(tree, id -> rights.mayPlaceUnder(id) && !below.contains(id)
          || id.equals(node.parentId())));
      page.addObject("references", choices(tree, id -> rights.mayRefer(id) || id.equals(node.overseesId())
          || id.equals(node.registrationReviewerId())));
      page.addObject("successors", choices(tree, id -> rights.mayRefer(id) && !id.equals(node.id())));
      page.addObject("blockers", units.blockers(unit));
    }
    return page;
  }

  /** Open units the predicate accepts, in the tree's order, indented by depth. */
  private static List<Choice> choices(UnitTree tree, java.util.function.Predicate<String> accepted) {
    List<Choice> choices = new ArrayList<>();
    for (Map.Entry<UnitTree.Node, Integer> entry : tree.flatten()) {
      UnitTree.Node node = entry.getKey();
      if (!node.closed() && accepted.test(node.id())) {
        choices.add(new Choice(node.id(), "\u2002".repeat(entry.getValue()) + node.name()));
      }
    }
    return choices;
  }

  private static List<UnitTree.Node> path(UnitTree tree, UnitTree.Node node) {
    Map<String, UnitTree.Node> byId = new LinkedHashMap<>();
    tree.flatten().forEach(e -> byId.put(e.getKey().id(), e.getKey()));
    List<UnitTree.Node> path = new ArrayList<>();
    for (UnitTree.Node at = byId.get(node.parentId()); at != null; at = byId.get(at.parentId())) {
      path.add(0, at);
      if (path.size() > byId.size()) {
        break; // a cycle made in the table by hand
      }
    }
    return path;
  }

  private static void collect(UnitTree.Node node, Set<String> ids) {
    ids.add(node.id());
    node.children().forEach(child -> collect(child, ids));
  }

  /** 403 and 404 are pages of their own; anything else is shown beside the form. */
  private static ApiException refusedOrThrow(ApiException refused) {
    if (refused.status() == HttpStatus.FORBIDDEN || refused.status() == HttpStatus.NOT_FOUND) {
      throw refused;
    }
    return refused;
  }

  private static String field(ApiException refused, String otherwise) {
    refusedOrThrow(refused);
    return switch (refused.code()) {
      case "unit-exists" -> "id";
      case "unknown-unit", "unit-target-closed", "unit-cycle" -> "parentId";
      default -> otherwise;
    };
  }

  private Map<String, String> errors(BindingResult binding, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError error : binding.getFieldErrors()) {
      errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
    }
    return errors;
  }

  private static Map<String, String> prefixed(String prefix, Map<String, String> errors) {
    Map<String, String> named = new LinkedHashMap<>();
    errors.forEach((field, message) -> named.put(prefix + field, message));
    return named;
  }

  private String detail(ApiException refusal, Locale locale) {
    return texts.text("problem." + refusal.code() + ".detail", locale, refusal.args());
  }
}
