package vn.danvan.workflow.evidence;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.workflow.model.ModelAccess;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * Evidence files in the portal: view (PDF and images only, in a sandbox) or download (always as an attachment, so
 * an upload is never served as a page), and add files on the model page where the step allows (the same checks as
 * POST /api/models/{id}/evidence).
 */
@PortalPage
class EvidencePage {

  private static final List<String> VIEWABLE = List.of("application/pdf", "image/jpeg", "image/png");

  private final EvidenceRepository files;
  private final EvidenceStore store;
  private final ModelAccess access;
  private final EvidenceUploads uploads;
  private final TransactionTemplate transaction;
  private final Problems problems;

  EvidencePage(EvidenceRepository files, EvidenceStore store, ModelAccess access, EvidenceUploads uploads,
      TransactionTemplate transaction, Problems problems) {
    this.files = files;
    this.store = store;
    this.access = access;
    this.uploads = uploads;
    this.transaction = transaction;
    this.problems = problems;
  }

  @GetMapping("/minh-chung/{fileId:\\d+}")
  @Transactional(readOnly = true)
  ResponseEntity<Resource> file(@PathVariable long fileId, @RequestParam(name = "xem", required = false) String view) {
    EvidenceFile file = files.findById(fileId).orElseThrow(() -> ApiException.notFound("tệp minh chứng", fileId));
    try {
      access.visible(file.getModelId());
    } catch (ApiException hidden) {
      throw ApiException.notFound("tệp minh chứng", fileId);
    }
    boolean inline = view != null && VIEWABLE.contains(file.getContentType());
    ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
        .filename(file.getFileName(), StandardCharsets.UTF_8).build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getContentType()))
        .contentLength(file.getSize())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
        .body(new FileSystemResource(store.path(file.getStorageKey())));
  }

  /** Files added on the model page; htmx swaps the evidence section, without script the page reloads. */
  @PostMapping("/mo-hinh/{id:\\d+}/minh-chung")
  String add(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> chosen,
      @RequestParam(defaultValue = "OTHER") DocumentKind kind, HtmxRequest htmx, Model page,
      org.springframework.web.servlet.mvc.support.RedirectAttributes flash, Locale locale) {
    Caller caller = Caller.current();
    access.visible(id); // 404 before anything else for a model the caller may not see
    List<MultipartFile> attached = chosen == null ? List.of() : chosen.stream().filter(f -> !f.isEmpty()).toList();
    String error = null;
    String[] current = new String[1];
    try {
      if (attached.isEmpty()) {
        throw new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "evidence-empty");
      }
      transaction.executeWithoutResult(status -> attached.forEach(file -> {
        current[0] = file.getOriginalFilename();
        uploads.add(caller, id, file, stage(id), kind, ClockUtil.getCurrentTime().toInstant());
      }));
    } catch (ApiException refused) {
      if (refused.status().value() == 404 || refused.status().value() == 403) {
        throw refused;
      }
      String detail = problems.text("problem." + refused.code() + ".detail", locale, refused.args());
      error = current[0] == null ? detail : current[0] + ": " + detail;
    }
    if (!htmx.isHtmxRequest()) {
      flash.addFlashAttribute("evidenceError", error);
      return "redirect:/mo-hinh/" + id;
    }
    page.addAttribute("modelId", id);
    page.addAttribute("evidence", uploads.list(id));
    page.addAttribute("mayAddEvidence", true);
    page.addAttribute("evidenceError", error);
    page.addAttribute("accept", EvidenceUploads.acceptedExtensions());
    page.addAttribute("documentKinds", EvidenceUploads.documentKinds());
    page.addAttribute("maxSize", uploads.maxSizeText());
    page.addAttribute("maxBytes", uploads.maxSizeBytes());
    return "registration/model :: evidence";
  }

  /** Files are added to the step the model is in: its registration until it is registered, then evaluation. */
  private EvidenceStage stage(long id) {
    return switch (access.visible(id).getStatus()) {
      case SUBMITTED, RETURNED, REJECTED -> EvidenceStage.REGISTRATION;
      case RECOGNISED -> EvidenceStage.RECOGNITION;
      case REWARDED -> EvidenceStage.REWARD;
      default -> EvidenceStage.EVALUATION;
    };
  }
}
