package vn.danvan.workflow.citizen;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.workflow.citizen.ClientRateLimit.Bucket;
import vn.danvan.workflow.petition.Petition;
import vn.danvan.workflow.petition.PetitionChannel;
import vn.danvan.workflow.petition.PetitionKind;
import vn.danvan.workflow.petition.PetitionReceipt;
import vn.danvan.workflow.petition.PetitionStatus;
import vn.danvan.workflow.petition.Petitions;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.PlainText;

/**
 * The citizens' side of petitions, without a login: "Gửi phản ánh, kiến nghị" (/phan-anh-kien-nghi) files a
 * kiến nghị, phản ánh, khiếu nại or tố cáo to a commune or body and answers with its tracking code; "Tra cứu"
 * (/tra-cuu-phan-anh/{code}) shows its kind, stage and dates, nothing personal. Spam is held off without a
 * CAPTCHA: a rate limit per client, a honeypot field, a signed minimum fill time, size limits. A refused form
 * files nothing: {@link Petitions#receive} is called once, last, in its own transaction.
 */
@PortalPage
class CitizenPages {

  static final String FORM = "/phan-anh-kien-nghi";
  static final String STATUS = "/tra-cuu-phan-anh";

  private final Petitions petitions;
  private final PublicUnits units;
  private final StatusLookup lookup;
  private final ClientRateLimit rateLimit;
  private final FormStamp stamps;
  private final CitizenSettings settings;

  CitizenPages(Petitions petitions, PublicUnits units, StatusLookup lookup, ClientRateLimit rateLimit,
      FormStamp stamps, CitizenSettings settings) {
    this.petitions = petitions;
    this.units = units;
    this.lookup = lookup;
    this.rateLimit = rateLimit;
    this.stamps = stamps;
    this.settings = settings;
  }

  @GetMapping(FORM)
  String form(Model page, HttpServletResponse response) {
    return form(PetitionForm.empty(), Map.of(), null, page, response);
  }

  @PostMapping(FORM)
  String file(@ModelAttribute PetitionForm sent, HttpServletRequest request, HttpServletResponse response,
      Model page) {
    publicPage(page, response);
    if (!rateLimit.allow(Bucket.FILING, request.getRemoteAddr(), settings.filingsPerHour())) {
      return tooMany(page, response);
    }
    if (sent.caughtInTheHoneypot()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      page.addAttribute("reason", "spam");
      return "citizen/refused";
    }
    FormStamp.Check stamp = stamps.check(sent.stamp());
    if (stamp != FormStamp.Check.ACCEPTED) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(sent, Map.of(), "citizen.stamp." + stamp, page, response);
    }
    Map<String, String> problems = problems(sent);
    if (!problems.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(sent, problems, "citizen.error.fields", page, response);
    }
    if (stamps.spend(sent.stamp()) != FormStamp.Check.ACCEPTED) { // the same form sent twice at once
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(sent, Map.of(), "citizen.stamp.USED", page, response);
    }
    PetitionKind kind = PetitionKind.valueOf(sent.kind());
    Petition petition;
    try {
      petition = petitions.receive(new PetitionReceipt(kind, PetitionChannel.ONLINE, sent.unitId(),
          sent.name().strip(), trimmed(sent.contact()), trimmed(sent.address()), sent.subject().strip(),
          sent.content().strip()));
    } catch (ApiException refused) {
      response.setStatus(refused.status().is4xxClientError() ? refused.status().value() : 400);
      return form(sent, Map.of(), "citizen.error.refused", page, response);
    }
    page.addAttribute("code", petition.getTrackingCode());
    page.addAttribute("kind", kind);
    page.addAttribute("subject", sent.subject().strip());
    page.addAttribute("unit", units.open(sent.unitId()).map(PublicUnits.Choice::name).orElse(""));
    return "citizen/filed";
  }

  /**
   * Reached only by a forward from the security filters, when the form's CSRF token died with an expired session:
   * nothing is filed, the form comes back with the citizen's text and a new token (a direct request is refused
   * by those filters like any other unknown page).
   */
  @PostMapping(FORM + "/het-han")
  String expired(@ModelAttribute PetitionForm sent, HttpServletResponse response, Model page) {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    return form(sent, Map.of(), "citizen.error.expired", page, response);
  }

  @GetMapping(STATUS)
  String lookupForm(@RequestParam(name = "ma", required = false) String typed, Model page,
      HttpServletResponse response) {
    if (typed != null && !typed.isBlank()) {
      String code = typed.strip().replaceAll("[^A-Za-z0-9-]", "");
      return "redirect:" + STATUS + "/" + (code.isEmpty() ? "-" : code);
    }
    publicPage(page, response);
    return "citizen/status";
  }

  @GetMapping(STATUS + "/{code}")
  String status(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model page) {
    publicPage(page, response);
    if (!rateLimit.allow(Bucket.LOOKUP, request.getRemoteAddr(), settings.lookupsPerHour())) {
      return tooMany(page, response);
    }
    Optional<PetitionStatus> found = lookup.byCode(code);
    page.addAttribute("asked", code);
    if (found.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      page.addAttribute("unknown", true);
      return "citizen/status";
    }
    page.addAttribute("status", found.get());
    return "citizen/status";
  }

  private String form(PetitionForm shown, Map<String, String> problems, String message, Model page,
      HttpServletResponse response) {
    publicPage(page, response);
    page.addAttribute("petition", shown.withStamp(stamps.issue()));
    page.addAttribute("kinds", PetitionKind.values());
    page.addAttribute("units", units.open());
    page.addAttribute("problems", problems);
    page.addAttribute("message", message);
    page.addAttribute("limits", Map.of("name", PetitionForm.NAME_MAX, "contact", PetitionForm.CONTACT_MAX,
        "address", PetitionForm.ADDRESS_MAX, "subject", PetitionForm.SUBJECT_MAX, "content", PetitionForm.CONTENT_MAX));
    return "citizen/form";
  }

  private String tooMany(Model page, HttpServletResponse response) {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", String.valueOf(ClientRateLimit.WINDOW.toSeconds()));
    page.addAttribute("reason", "flood");
    return "citizen/refused";
  }

  /** Each field's problem as a message key; empty when the form may be filed. */
  private Map<String, String> problems(PetitionForm sent) {
    Map<String, String> problems = new LinkedHashMap<>();
    PetitionKind kind = kind(sent.kind());
    if (kind == null) {
      problems.put("kind", "citizen.error.kind");
    }
    if (units.open(sent.unitId()).isEmpty()) {
      problems.put("unitId", "citizen.error.unit");
    }
    check(problems, "name", sent.name(), true, PetitionForm.NAME_MAX);
    check(problems, "contact", sent.contact(), false, PetitionForm.CONTACT_MAX);
    // a complaint or denunciation names who sends it and where they live (Luật Khiếu nại 2011, Luật Tố cáo 2018)
    check(problems, "address", sent.address(), kind == PetitionKind.KHIEU_NAI || kind == PetitionKind.TO_CAO,
        PetitionForm.ADDRESS_MAX);
    check(problems, "subject", sent.subject(), true, PetitionForm.SUBJECT_MAX);
    check(problems, "content", sent.content(), true, PetitionForm.CONTENT_MAX);
    return problems;
  }

  private static void check(Map<String, String> problems, String field, String value, boolean required, int max) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.put(field, "citizen.error.required");
      }
    } else if (value.strip().length() > max) {
      problems.put(field, "citizen.error.tooLong");
    } else if (!PlainText.Validator.isPlain(value)) {
      problems.put(field, "citizen.error.plain");
    }
  }

  private static PetitionKind kind(String name) {
    try {
      return name == null ? null : PetitionKind.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Nothing here may be kept by a cache: the form holds a one-time stamp, the status page a private code. */
  private static void publicPage(Model page, HttpServletResponse response) {
    page.addAttribute("publicPage", true);
    response.setHeader("Cache-Control", "no-store");
  }
}
