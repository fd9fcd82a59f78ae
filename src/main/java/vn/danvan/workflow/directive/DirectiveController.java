package vn.danvan.workflow.directive;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
  private final List<String> editorGroups;

  DirectiveController(Directives issuing, DirectiveViews views) {
    this.issuing = issuing;
    this.views = views;
    this.editorGroups = views.editorGroups();
  }

  record Issued(Long id, String processInstanceId) {
  }

  @PostMapping
  ResponseEntity<Issued> issue(@Valid @RequestBody DirectiveRequest request) {
    Caller caller = Caller.current();
    String coordinator = request.coordinatorId();
    if (coordinator == null) {
      coordinator = editorGroups.stream().filter(caller::belongsTo).findFirst()
          .orElseThrow(() -> caller.isAdmin()
              ? new ApiException(HttpStatus.BAD_REQUEST, "invalid-directive",
                  "Cần ghi rõ coordinatorId / coordinatorId is required")
              : ApiException.forbidden());
    }
    if (!caller.isAdmin() && !(editorGroups.contains(coordinator) && caller.belongsTo(coordinator))) {
      throw ApiException.forbidden();
    }
    Directive directive = issuing.issue(request, coordinator, caller.username());
    return ResponseEntity.created(URI.create("/api/directives/" + directive.getId()))
        .body(new Issued(directive.getId(), directive.getProcessInstanceId()));
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
