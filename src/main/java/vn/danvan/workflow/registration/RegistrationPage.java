package vn.danvan.workflow.registration;

import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.MobilizationModel;
import vn.danvan.workflow.model.ModelKind;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.workflow.evidence.DocumentKind;
import vn.danvan.workflow.evidence.EvidenceStage;
import vn.danvan.workflow.evidence.EvidenceUploads;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.portal.PageFormat;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * "Đăng ký mô hình": every field of POST /api/models with the same bean validation, each refusal shown beside its
 * field, and the evidence files attached in the same form. The model, its process and its files commit together:
 * a refused file registers nothing. The browser keeps a draft of what is typed (portal.js), cleared once the
 * registration is saved.
 */
@PortalPage
class RegistrationPage {

  static final String DRAFT = "dang-ky-mo-hinh";

  private final Registrations registrations;
  private final EvidenceUploads uploads;
  private final UnitRepository units;
  private final TransactionTemplate transaction;
  private final MessageSource messages;
  private final Problems problems;

  RegistrationPage(Registrations registrations, EvidenceUploads uploads, UnitRepository units,
      TransactionTemplate transaction, MessageSource messages, Problems problems) {
    this.registrations = registrations;
    this.uploads = uploads;
    this.units = units;
    this.transaction = transaction;
    this.messages = messages;
    this.problems = problems;
  }

  @GetMapping("/mo-hinh/dang-ky")
  ModelAndView form() {
    return page(null, Map.of());
  }

  @PostMapping("/mo-hinh/dang-ky")
  ModelAndView submit(@Valid @ModelAttribute("form") RegistrationRequest form, BindingResult binding,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, HtmxRequest htmx,
      RedirectAttributes flash, Locale locale) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError error : binding.getFieldErrors()) {
      errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
    }
    List<MultipartFile> attached = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
    if (!errors.isEmpty()) {
      return page(form, errors);
    }
    Caller caller = Caller.current();
    Long id;
    try {
      id = transaction.execute(status -> {
        MobilizationModel model = registrations.register(caller, form);
        Instant now = ClockUtil.getCurrentTime().toInstant();
        for (MultipartFile file : attached) {
          try {
            uploads.add(caller, model.getId(), file, EvidenceStage.REGISTRATION, DocumentKind.OTHER, now);
          } catch (ApiException refused) {
            throw new FileRefused(file.getOriginalFilename(), refused);
          }
        }
        return model.getId();
      });
    } catch (FileRefused refused) {
      errors.put("files", refused.fileName + ": " + detail(refused.refusal, locale));
      return page(form, errors);
    } catch (ApiException refused) {
      errors.put(refused.code().equals("unknown-unit") || refused.code().equals("not-member")
          || refused.code().equals("no-reviewer") ? "unitId" : "form", detail(refused, locale));
      return page(form, errors);
    }
    flash.addFlashAttribute("clearDraft", DRAFT);
    flash.addFlashAttribute("registered", true);
    String target = "/mo-hinh/" + id;
    return htmx.isHtmxRequest() ? new ModelAndView(new HtmxRedirectView(target)) : new ModelAndView("redirect:" + target);
  }

  private String detail(ApiException refusal, Locale locale) {
    return problems.text("problem." + refusal.code() + ".detail", locale, refusal.args());
  }

  private ModelAndView page(RegistrationRequest form, Map<String, String> errors) {
    Caller caller = Caller.current();
    List<Unit> mine = caller.isAdmin() ? units.findAll() : units.findAllById(caller.groups());
    ModelAndView page = new ModelAndView("registration/register");
    page.addObject("form", form);
    page.addObject("errors", errors);
    page.addObject("units", mine.stream().sorted(java.util.Comparator.comparing(Unit::getName)).toList());
    page.addObject("kinds", ModelKind.values());
    page.addObject("fields", Field.values());
    page.addObject("thisYear", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), PageFormat.VIETNAM).getYear());
    page.addObject("accept", EvidenceUploads.acceptedExtensions());
    page.addObject("maxSize", uploads.maxSizeText());
    page.addObject("maxBytes", uploads.maxSizeBytes());
    page.addObject("draft", DRAFT);
    if (!errors.isEmpty()) {
      page.setStatus(org.springframework.http.HttpStatus.OK); // htmx swaps only 2xx answers
    }
    return page;
  }

  /** A refused file rolls the whole registration back; the form names the file. */
  private static final class FileRefused extends RuntimeException {
    private final String fileName;
    private final ApiException refusal;

    FileRefused(String fileName, ApiException refusal) {
      super(refusal.code(), null, false, false);
      this.fileName = fileName;
      this.refusal = refusal;
    }
  }
}
