package vn.danvan.workflow.document;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.PlainText;

/**
 * The page of a recorded decision (/quyet-dinh/cong-nhan/{roundId}, /quyet-dinh/khen-thuong/{proposalId}): its
 * essentials, the annexed list, the decision's and the certificates' PDFs with the API's rules
 * ({@link DecisionViews}); for an administrator, "Thu hồi" beside each document issued, with a reason required, as
 * {@code POST /api/documents/{id}/revocation} does ({@link Documents#revoke}). Anyone else posting it gets 403.
 */
@PortalPage
class DecisionPages {

  static final int REASON_MAX = 2000;

  private final DecisionViews views;
  private final Documents documents;
  private final MessageSource messages;

  DecisionPages(DecisionViews views, Documents documents, MessageSource messages) {
    this.views = views;
    this.documents = documents;
    this.messages = messages;
  }

  @GetMapping("/quyet-dinh/{kind}/{id:\\d+}")
  String show(@PathVariable String kind, @PathVariable long id, Model page) {
    return page(views.of(DecisionViews.Kind.of(kind), id), page);
  }

  @PostMapping("/quyet-dinh/{kind}/{id:\\d+}/thu-hoi/{documentId:\\d+}")
  String revoke(@PathVariable String kind, @PathVariable long id, @PathVariable long documentId,
      @RequestParam(name = "reason", required = false) String reason, Model page, Locale locale,
      HttpServletResponse response, RedirectAttributes next) {
    if (!Caller.current().isAdmin()) {
      throw ApiException.forbidden(); // before anything is looked up: nothing is learnt from a refused post
    }
    DecisionViews.View view = views.of(DecisionViews.Kind.of(kind), id);
    DecisionViews.Item item = view.document(documentId)
        .orElseThrow(() -> ApiException.notFound("văn bản", documentId));
    String problem = item.revoked() ? "decision.revoke.already" : reasonProblem(reason);
    if (problem != null) {
      response.setStatus(item.revoked() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_ENTITY.value());
      page.addAttribute("revoking", documentId);
      page.addAttribute("revokeError", messages.getMessage(problem, new Object[] {REASON_MAX}, locale));
      page.addAttribute("reason", reason);
      return page(view, page);
    }
    documents.revoke(documentId, reason);
    next.addFlashAttribute("notice", messages.getMessage("decision.revoked", new Object[] {item.title()}, locale));
    return "redirect:" + view.path();
  }

  private static String reasonProblem(String reason) {
    if (reason == null || reason.isBlank()) {
      return "decision.revoke.reasonRequired";
    }
    if (reason.strip().length() > REASON_MAX) {
      return "decision.revoke.reasonTooLong";
    }
    return PlainText.Validator.isPlain(reason) ? null : "decision.revoke.reasonNotPlain";
  }

  private static String page(DecisionViews.View view, Model page) {
    page.addAttribute("decision", view);
    page.addAttribute("admin", Caller.current().isAdmin());
    return "document/decision";
  }
}
