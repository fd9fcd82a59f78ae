package vn.danvan.workflow.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.PageView;

/** The record of changes in the administration, newest first, for administrators only (anyone else 403). Read only. */
@RestController
@RequestMapping("/api/admin/audit")
@Tag(name = "Nhật ký thay đổi", description = "Who changed what in the administration, read only")
class AuditController {

  static final int MAX_SIZE = 100;

  private final AuditEntries entries;
  private final AuditViews views;

  AuditController(AuditEntries entries, AuditViews views) {
    this.entries = entries;
    this.views = views;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(summary = "Changes, newest first",
      description = "kind filters on the subject's kind (e.g. authority); before and after are the subject's fields "
          + "as they were (null when created or deleted).")
  PageView<AuditViews.EntryView> list(@RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    administrator();
    PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
    return PageView.of(kind == null || kind.isBlank() ? entries.findAllByOrderByAtDescIdDesc(request)
        : entries.findByKindOrderByAtDescIdDesc(kind, request), views::api);
  }

  static Caller administrator() {
    Caller caller = Caller.current();
    if (!caller.isAdmin()) {
      throw ApiException.forbidden();
    }
    return caller;
  }
}
