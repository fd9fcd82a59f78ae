package vn.danvan.workflow.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.workflow.portal.PortalPage;

/**
 * The public verification page (/xac-thuc/{code}, no login), where a document's QR code leads: the document's
 * essentials (kind, title, number and date, issuing body, signer, recipient) and whether it is valid, revoked,
 * altered or unknown; nothing else. A citizen may also bring the PDF they hold to learn whether it is the
 * issued one byte for byte.
 */
@PortalPage
class VerificationPage {

  private final Verification verification;

  VerificationPage(Verification verification) {
    this.verification = verification;
  }

  @GetMapping("/xac-thuc")
  String form(@RequestParam(name = "ma", required = false) String typed, HttpServletResponse response) {
    if (typed != null && !typed.isBlank()) {
      return "redirect:/xac-thuc/" + VerificationCode.normalise(typed).replaceAll("[^a-z0-9]", "");
    }
    response.setHeader("Cache-Control", "no-store");
    return "document/verify";
  }

  @GetMapping("/xac-thuc/{code}")
  String show(@PathVariable String code, Model page, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    return result(code, verification.of(code), page);
  }

  @PostMapping("/xac-thuc/{code}")
  String compare(@PathVariable String code, @RequestParam("file") MultipartFile file, Model page,
      HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "no-store");
    return result(code, verification.of(code, file.getBytes()), page);
  }

  private static String result(String code, Verification.Result result, Model page) {
    String normalised = VerificationCode.normalise(code);
    page.addAttribute("code", VerificationCode.wellFormed(normalised) ? VerificationCode.grouped(normalised) : null);
    page.addAttribute("path", normalised.replaceAll("[^a-z0-9]", ""));
    page.addAttribute("result", result);
    return "document/verify";
  }
}
