package vn.danvan.workflow.directive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.directive.DirectiveView.Summary;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.PageView;

/**
 * Directives: anyone sees the directives that concern units they may see, with the assignments of those units;
 * only a board that coordinates follow-up (danvan.directives.editor-groups, by default the Ban Dân vận) or an
 * administrator issues one. Who sees what: {@link DirectiveViews}, which the board (/chi-dao) asks too.
 */
@RestController
@RequestMapping("/api/directives")
class DirectiveController {

  private final Directives issuing;
  private final DirectiveViews views;

  DirectiveController(Directives issuing, DirectiveViews views) {
    this.issuing = issuing;
    this.views = views;
  }

  record Issued(Long id, String processInstanceId) {
  }

  /** A draft: what was typed, and what issuing it would do. */
  record Draft(Long id, String status, String coordinatorId, DirectiveRequest request, Directives.Preview preview) {
  }

  record DraftSummary(Long id, String title, String coordinatorId, String createdBy) {
  }

  /** Issued at once: its process starts now (for a draft to edit first, POST /api/directives/drafts). */
  @PostMapping
  ResponseEntity<Issued> issue(@Valid @RequestBody DirectiveRequest request) {
    Directive directive = issuing.issueAs(Caller.current(), request);
    return ResponseEntity.created(URI.create("/api/directives/" + directive.getId()))
        .body(new Issued(directive.getId(), directive.getProcessInstanceId()));
  }

  /** Kept as a draft: no process starts, nothing is assigned yet; the same checks and rule as issuing. */
  @PostMapping("/drafts")
  ResponseEntity<Draft> draft(@Valid @RequestBody DirectiveRequest request) {
    Directive draft = issuing.saveDraft(Caller.current(), request);
    return ResponseEntity.created(URI.create("/api/directives/drafts/" + draft.getId())).body(draftOf(draft));
  }

  @GetMapping("/drafts")
  @Transactional(readOnly = true)
  List<DraftSummary> drafts() {
    Caller caller = Caller.current();
    if (!issuing.mayIssue(caller)) {
      throw ApiException.forbidden();
    }
    return issuing.drafts(caller).stream()
        .map(d -> new DraftSummary(d.getId(), d.getTitle(), d.getCoordinatorId(), d.getCreatedBy())).toList();
  }

  @GetMapping("/drafts/{id}")
  @Transactional(readOnly = true)
  Draft getDraft(@PathVariable long id) {
    return draftOf(issuing.draft(Caller.current(), id));
  }

  @PutMapping("/drafts/{id}")
  Draft editDraft(@PathVariable long id, @Valid @RequestBody DirectiveRequest request) {
    return draftOf(issuing.editDraft(Caller.current(), id, request));
  }

  /** The draft issued: its process starts as with POST /api/directives; its id stays the directive's. */
  @PostMapping("/drafts/{id}/issue")
  Issued issueDraft(@PathVariable long id) {
    Directive directive = issuing.issueDraft(Caller.current(), id);
    return new Issued(directive.getId(), directive.getProcessInstanceId());
  }

  private Draft draftOf(Directive draft) {
    return new Draft(draft.getId(), draft.getStatus(), draft.getCoordinatorId(), issuing.request(draft),
        issuing.preview(draft));
  }

  @GetMapping
  @Transactional(readOnly = true)
  PageView<Summary> list(@RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    List<Summary> all = views.summaries(Caller.current());
    int from = Math.min(page * size, all.size());
    return new PageView<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  DirectiveView get(@PathVariable long id) {
    return views.view(id, Caller.current());
  }

  /** The consolidated report's PDF as it was sent. */
  @GetMapping("/{id}/reports/{period}/document")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String period) {
    ConsolidatedReport report = views.sentReport(id, period, Caller.current());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(report.getDocumentName()).build().toString())
        .body(report.getDocumentPdf());
  }
}
