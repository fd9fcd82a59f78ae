package vn.danvan.workflow.evidence;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.workflow.model.ModelAccess;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * Evidence files of a model. Uploaded by its unit or by whoever holds a task on it; listed and downloaded by
 * whoever may see the model. Size and type are checked on the bytes, not on what the browser says.
 */
@RestController
class EvidenceController {

  private final EvidenceRepository files;
  private final EvidenceStore store;
  private final ModelAccess access;
  private final Problems problems;
  private final EvidenceUploads uploads;
  private final Clock clock;

  EvidenceController(EvidenceRepository files, EvidenceStore store, ModelAccess access, Problems problems,
      EvidenceUploads uploads, Clock clock) {
    this.clock = clock;
    this.files = files;
    this.store = store;
    this.access = access;
    this.problems = problems;
    this.uploads = uploads;
  }

  record EvidenceView(Long id, Long modelId, EvidenceStage stage, DocumentKind kind, String kindLabel,
      String fileName, String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt,
      String href) {

    static EvidenceView of(EvidenceFile f) {
      return new EvidenceView(f.getId(), f.getModelId(), f.getStage(), f.getKind(), f.getKind().label(),
          f.getFileName(), f.getContentType(), f.getSize(), f.getSha256(), f.getUploadedBy(), f.getUploadedAt(),
          "/api/evidence/" + f.getId());
    }
  }

  @PostMapping(path = "/api/models/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Transactional
  ResponseEntity<EvidenceView> upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
      @RequestParam EvidenceStage stage, @RequestParam(defaultValue = "OTHER") DocumentKind kind) {
    EvidenceFile saved = uploads.add(Caller.current(), id, file, stage, kind, clock.instant());
    return ResponseEntity.created(URI.create("/api/evidence/" + saved.getId())).body(EvidenceView.of(saved));
  }

  @GetMapping("/api/models/{id}/evidence")
  @Transactional(readOnly = true)
  List<EvidenceView> list(@PathVariable long id) {
    access.visible(id);
    return files.findByModelIdOrderByUploadedAtAscIdAsc(id).stream().map(EvidenceView::of).toList();
  }

  @GetMapping("/api/evidence/{fileId}")
  @Transactional(readOnly = true)
  ResponseEntity<Resource> download(@PathVariable long fileId) {
    EvidenceFile file = files.findById(fileId)
        .orElseThrow(() -> ApiException.notFound("tệp minh chứng", fileId));
    try {
      access.visible(file.getModelId());
    } catch (ApiException hidden) {
      throw ApiException.notFound("tệp minh chứng", fileId);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getContentType()))
        .contentLength(file.getSize())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(new FileSystemResource(store.path(file.getStorageKey())));
  }

  /** The servlet container's own limit (multipart is resolved lazily, so it surfaces here). */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> containerLimit(MaxUploadSizeExceededException e) {
    ApiException refusal = tooLarge();
    return ResponseEntity.status(refusal.status()).body(problems.of(refusal.status(), refusal.code(),
        org.springframework.context.i18n.LocaleContextHolder.getLocale(), refusal.args()));
  }

  private ApiException tooLarge() {
    return uploads.tooLarge();
  }

  /** The name as the user sees it (EvidenceUploads). */
  static String fileName(String original) {
    return EvidenceUploads.fileName(original);
  }
}
