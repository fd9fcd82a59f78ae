package vn.danvan.workflow.people;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * "Thành viên đơn vị" (/don-vi/{unitId}/thanh-vien): the unit's managers and administrators see its members, add an
 * existing user, create one, remove one after a confirmation; administrators also appoint managers and, on a
 * member's account page, reset the password or deactivate (ticking a confirmation). The same {@link Members} as
 * the API: same rules (403 page for anyone else), same audit. A refusal is shown beside its form.
 */
@PortalPage
class MembersPage {

  static final String UNITS = "/don-vi/thanh-vien";
  static final String PATH = "/don-vi/{unitId}/thanh-vien";

  private final Members members;
  private final MessageSource messages;
  private final Problems texts;

  MembersPage(Members members, MessageSource messages, Problems texts) {
    this.members = members;
    this.messages = messages;
    this.texts = texts;
  }

  /** The units whose members one manages; straight to the unit when there is only one. */
  @GetMapping(UNITS)
  ModelAndView units() {
    Caller caller = Caller.current();
    List<Unit> managed = members.unitsManagedBy(caller);
    if (managed.isEmpty()) {
      throw ApiException.forbidden();
    }
    if (managed.size() == 1 && !caller.isAdmin()) {
      return new ModelAndView("redirect:" + path(managed.get(0).getId()));
    }
    return new ModelAndView("people/units", Map.of("units", managed));
  }

  @GetMapping(PATH)
  ModelAndView list(@PathVariable String unitId) {
    return listPage(unitId, NewMember.blank(), null, Map.of());
  }

  @PostMapping(PATH)
  ModelAndView add(@PathVariable String unitId, @RequestParam(name = "userId", defaultValue = "") String userId,
      RedirectAttributes flash, Locale locale) {
    members.managed(unitId);
    if (userId.isBlank()) {
      return listPage(unitId, NewMember.blank(), userId, Map.of("userId", text("members.error.userId", locale)));
    }
    try {
      Members.Member added = members.add(unitId, userId.strip());
      flash.addFlashAttribute("added", added.name());
      return new ModelAndView("redirect:" + path(unitId));
    } catch (ApiException refused) {
      return listPage(unitId, NewMember.blank(), userId, Map.of("userId", detail(refused, locale)));
    }
  }

  @PostMapping(PATH + "/moi")
  ModelAndView create(@PathVariable String unitId, @Valid @ModelAttribute("person") NewMember person,
      BindingResult binding, RedirectAttributes flash, Locale locale) {
    members.managed(unitId);
    Map<String, String> errors = errors(binding, locale);
    if (errors.isEmpty()) {
      try {
        Members.Member added = members.create(unitId, person);
        flash.addFlashAttribute("created", added.name());
        return new ModelAndView("redirect:" + path(unitId));
      } catch (ApiException refused) {
        errors.put("newUserId", detail(refused, locale));
      }
    }
    return listPage(unitId, withoutPassword(person), null, errors);
  }

  @GetMapping(PATH + "/{userId}/xoa")
  ModelAndView confirmRemove(@PathVariable String unitId, @PathVariable String userId) {
    return memberPage("people/remove", unitId, userId);
  }

  @PostMapping(PATH + "/{userId}/xoa")
  ModelAndView remove(@PathVariable String unitId, @PathVariable String userId, RedirectAttributes flash) {
    Members.Member member = members.find(unitId, userId);
    members.remove(unitId, userId);
    flash.addFlashAttribute("removed", member.name());
    return new ModelAndView("redirect:" + path(unitId));
  }

  @PostMapping(PATH + "/{userId}/quan-ly")
  ModelAndView appoint(@PathVariable String unitId, @PathVariable String userId,
      @RequestParam(name = "quanLy", defaultValue = "false") boolean manager, RedirectAttributes flash) {
    Members.administrator();
    Members.Member member = members.appoint(unitId, userId, manager);
    flash.addFlashAttribute(manager ? "appointed" : "revoked", member.name());
    return new ModelAndView("redirect:" + path(unitId));
  }

  @GetMapping(PATH + "/{userId}/tai-khoan")
  ModelAndView account(@PathVariable String unitId, @PathVariable String userId) {
    Members.administrator();
    return memberPage("people/account", unitId, userId);
  }

  @PostMapping(PATH + "/{userId}/mat-khau")
  ModelAndView resetPassword(@PathVariable String unitId, @PathVariable String userId,
      @Valid @ModelAttribute("newPassword") NewPassword password, BindingResult binding, RedirectAttributes flash,
      Locale locale) {
    Members.administrator();
    ModelAndView page = memberPage("people/account", unitId, userId);
    Map<String, String> errors = errors(binding, locale);
    if (errors.isEmpty()) {
      try {
        members.resetPassword(userId, password.password());
        flash.addFlashAttribute("passwordReset", true);
        return new ModelAndView("redirect:" + path(unitId) + "/" + userId + "/tai-khoan");
      } catch (ApiException refused) {
        errors.put("password", detail(refused, locale));
      }
    }
    page.addObject("errors", errors);
    return page;
  }

  @PostMapping(PATH + "/{userId}/ngung")
  ModelAndView deactivate(@PathVariable String unitId, @PathVariable String userId,
      @RequestParam(name = "xacNhan", defaultValue = "false") boolean confirmed, RedirectAttributes flash,
      Locale locale) {
    Members.administrator();
    ModelAndView page = memberPage("people/account", unitId, userId);
    if (!confirmed) {
      page.addObject("errors", Map.of("confirm", text("members.deactivate.unconfirmed", locale)));
      return page;
    }
    String name = ((Members.Member) page.getModel().get("member")).name();
    try {
      Members.Deactivation done = members.deactivate(userId);
      flash.addFlashAttribute("deactivated", name);
      flash.addFlashAttribute("tasksReturned", done.tasksReturned());
      return new ModelAndView("redirect:" + path(unitId));
    } catch (ApiException refused) {
      if (refused.status() == HttpStatus.FORBIDDEN) {
        throw refused;
      }
      page.addObject("errors", Map.of("confirm", detail(refused, locale)));
      return page;
    }
  }

  private ModelAndView listPage(String unitId, NewMember person, String userId, Map<String, String> errors) {
    Unit unit = members.managed(unitId);
    ModelAndView page = new ModelAndView("people/members");
    page.addObject("unit", unit);
    page.addObject("members", members.list(unitId));
    page.addObject("person", person);
    page.addObject("userId", userId);
    page.addObject("errors", errors);
    page.addObject("admin", Caller.current().isAdmin());
    return page;
  }

  private ModelAndView memberPage(String view, String unitId, String userId) {
    ModelAndView page = new ModelAndView(view);
    page.addObject("unit", members.managed(unitId));
    page.addObject("member", members.find(unitId, userId));
    page.addObject("errors", Map.of());
    return page;
  }

  static String path(String unitId) {
    return "/don-vi/" + unitId + "/thanh-vien";
  }

  /** A refused form never sends the password back to the browser. */
  private static NewMember withoutPassword(NewMember person) {
    return new NewMember(person.userId(), person.firstName(), person.lastName(), person.email(), null);
  }

  private Map<String, String> errors(BindingResult binding, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError error : binding.getFieldErrors()) {
      String field = "userId".equals(error.getField()) ? "newUserId" : error.getField();
      errors.putIfAbsent(field, "Pattern".equals(error.getCode())
          ? text("members.error.pattern", locale) : messages.getMessage(error, locale));
    }
    return errors;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String detail(ApiException refusal, Locale locale) {
    return texts.text("problem." + refusal.code() + ".detail", locale, refusal.args());
  }
}
