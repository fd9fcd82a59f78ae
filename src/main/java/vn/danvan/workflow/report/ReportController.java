package vn.danvan.workflow.report;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;

/**
 * GET /api/reports/{period}: 2026-Q4, 2026 or 2021-01-01..2025-12-31, as JSON or with ?format=xlsx|pdf as a
 * document. Counts only the units the caller may see (a commune its own, the Ban Dân vận its district).
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  private final Reports reports;

  private final Clock clock;

  ReportController(Reports reports, Clock clock) {
    this.reports = reports;
    this.clock = clock;
  }

  @GetMapping("/{period}")
  ResponseEntity<?> report(@PathVariable String period, @RequestParam(defaultValue = "json") String format) {
    Period parsed;
    try {
      parsed = Period.parse(period);
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-period", period);
    }
    Caller caller = Caller.current();
    Report report = reports.build(parsed, reports.scopeFor(caller.groups(), caller.isAdmin()),
        LocalDate.now(clock));
    return switch (format) {
      case "json" -> ResponseEntity.ok(report);
      case "xlsx" -> document(reports.xlsx(report), Reports.XLSX, parsed, "xlsx");
      case "pdf" -> document(reports.pdf(report), MediaType.APPLICATION_PDF, parsed, "pdf");
      default -> throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-format", format);
    };
  }

  private static ResponseEntity<byte[]> document(byte[] body, MediaType type, Period period, String extension) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(Reports.fileName(period, extension)).build().toString())
        .body(body);
  }
}
