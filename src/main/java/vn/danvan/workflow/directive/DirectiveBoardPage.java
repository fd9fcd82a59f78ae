package vn.danvan.workflow.directive;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.workflow.directive.DirectiveBoards.Reminding;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.report.Period;
import vn.danvan.workflow.report.Report;
import vn.danvan.workflow.report.Reports;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * "Theo dõi Chương trình hành động" (/chi-dao): the directives the caller sees, and for each a board of its units
 * against their plan and the year's reports, coloured and worded by status, with the member in charge of each
 * unit; the coordinating board's "Nhắc" for a late unit (htmx; a plain form without script); the consolidated
 * reports sent and the period reports to download. The same rules as GET /api/directives/{id} (404 when it does
 * not concern the caller; a unit sees its own row) and GET /api/reports/{period} (counts of the units the caller
 * sees): the same services underneath.
 */
@PortalPage
class DirectiveBoardPage {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DirectiveBoards boards;
  private final DirectiveViews views;
  private final Reports reports;
  private final java.time.Clock clock;
  private final MessageSource messages;
  private final Directives directives;

  DirectiveBoardPage(DirectiveBoards boards, DirectiveViews views, Reports reports, java.time.Clock clock,
      MessageSource messages, Directives directives) {
    this.directives = directives;
    this.boards = boards;
    this.views = views;
    this.reports = reports;
    this.clock = clock;
    this.messages = messages;
  }

  @GetMapping("/chi-dao")
  @Transactional(readOnly = true)
  String list(Model page) {
    Caller caller = Caller.current();
    page.addAttribute("directives", boards.list(caller));
    boolean mayIssue = directives.mayIssue(caller);
    page.addAttribute("mayIssue", mayIssue);
    page.addAttribute("drafts", mayIssue ? directives.drafts(caller) : List.of());
    return "directive/list";
  }

  @GetMapping("/chi-dao/{id}")
  @Transactional(readOnly = true)
  String board(@PathVariable long id, @RequestParam(name = "nam", required = false) Integer year, Model page) {
    page.addAttribute("board", boards.board(id, year, Caller.current()));
    return "directive/board";
  }

  /** htmx: the row's reminder cell, redrawn with what was done. */
  @PostMapping("/chi-dao/{id}/nhac/{unitId}")
  @HxRequest
  @Transactional
  String remindInPlace(@PathVariable long id, @PathVariable String unitId, Model page, Locale locale) {
    Reminding done = boards.remind(id, unitId, Caller.current());
    page.addAttribute("reminding", done);
    page.addAttribute("said", said(done, locale));
    page.addAttribute("directiveId", id);
    page.addAttribute("unitId", unitId);
    return "directive/board :: reminded";
  }

  @PostMapping("/chi-dao/{id}/nhac/{unitId}")
  @Transactional
  String remind(@PathVariable long id, @PathVariable String unitId, Locale locale, RedirectAttributes next) {
    next.addFlashAttribute("notice", said(boards.remind(id, unitId, Caller.current()), locale));
    return "redirect:/chi-dao/" + id;
  }

  /** One unit's plan and reports as sent. */
  @GetMapping("/chi-dao/{id}/don-vi/{unitId}")
  @Transactional(readOnly = true)
  String unit(@PathVariable long id, @PathVariable String unitId, Model page) {
    page.addAttribute("file", boards.unitFile(id, unitId, Caller.current()));
    return "directive/unit";
  }

  /** The consolidated report's PDF as it was sent (GET /api/directives/{id}/reports/{period}/document). */
  @GetMapping("/chi-dao/{id}/bao-cao-tong-hop/{period}")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> sent(@PathVariable long id, @PathVariable String period) {
    ConsolidatedReport report = views.sentReport(id, period, Caller.current());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(report.getDocumentName()).build().toString())
        .body(report.getDocumentPdf());
  }

  /**
   * The report of one of the directive's periods (GET /api/reports/{period}?format=xlsx|pdf), counting the units
   * the caller sees; a period outside the directive's years is 404.
   */
  @GetMapping("/chi-dao/{id}/bao-cao/{period}")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable String period,
      @RequestParam(name = "dinh-dang", defaultValue = "xlsx") String format) {
    Caller caller = Caller.current();
    DirectiveView directive = views.view(id, caller);
    Period parsed = directivePeriod(directive, period);
    if (!List.of("xlsx", "pdf").contains(format)) {
      throw ApiException.notFound("định dạng", format);
    }
    Report report = reports.build(parsed, reports.scopeFor(caller.groups(), caller.isAdmin()), LocalDate.now(clock));
    boolean xlsx = format.equals("xlsx");
    return ResponseEntity.ok().contentType(xlsx ? XLSX : MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(Reports.fileName(parsed, format)).build().toString())
        .body(xlsx ? reports.xlsx(report) : reports.pdf(report));
  }

  private static Period directivePeriod(DirectiveView directive, String period) {
    try {
      Period parsed = Period.parse(period);
      int year = parsed.from().getYear();
      if (parsed.kind() != Period.Kind.RANGE && year >= directive.reportFromYear()
          && year <= directive.reportToYear()) {
        return parsed;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw ApiException.notFound("kỳ báo cáo", period);
  }

  private String said(Reminding done, Locale locale) {
    return switch (done.outcome()) {
      case SENT -> messages.getMessage("board.reminded.sent", new Object[] {done.unitName(),
          String.join(", ", done.items().stream().map(item -> item(item, locale)).toList())}, locale);
      case ALREADY_TODAY -> messages.getMessage("board.reminded.already", new Object[] {done.unitName()}, locale);
      case NOTHING_LATE -> messages.getMessage("board.reminded.nothing", new Object[] {done.unitName()}, locale);
    };
  }

  private String item(String item, Locale locale) {
    return DirectiveBoard.PLAN.equals(item) ? messages.getMessage("board.item.plan", null, locale)
        : messages.getMessage("board.item.report", new Object[] {Period.parse(item).label()}, locale);
  }
}
