package vn.danvan.workflow.audit;

import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.workflow.portal.PortalPage;

/**
 * "Nhật ký thay đổi" (/quan-tri/nhat-ky-thay-doi): the administrators' view of {@link AuditEntries}, newest first,
 * 20 a page; each entry who, when, what and the fields before → after in Vietnamese. Anyone else gets the 403 page.
 */
@PortalPage
class AuditPage {

  static final String PATH = "/quan-tri/nhat-ky-thay-doi";
  static final int SIZE = 20;

  private final AuditEntries entries;
  private final AuditViews views;

  AuditPage(AuditEntries entries, AuditViews views) {
    this.entries = entries;
    this.views = views;
  }

  @GetMapping(PATH)
  @Transactional(readOnly = true)
  String page(@RequestParam(name = "trang", defaultValue = "1") String pageNumber, Model page, Locale locale) {
    AuditController.administrator();
    int number = parse(pageNumber);
    Page<AuditEntry> found = entries.findAllByOrderByAtDescIdDesc(PageRequest.of(number - 1, SIZE));
    page.addAttribute("rows", found.getContent().stream().map(entry -> views.page(entry, locale)).toList());
    page.addAttribute("pageNumber", number);
    page.addAttribute("pages", Math.max(found.getTotalPages(), 1));
    page.addAttribute("total", found.getTotalElements());
    return "audit/page";
  }

  private static int parse(String number) {
    try {
      return Math.max(Integer.parseInt(number), 1);
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
