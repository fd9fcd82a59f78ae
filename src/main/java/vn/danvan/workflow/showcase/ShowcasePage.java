package vn.danvan.workflow.showcase;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.portal.PortalPage;

/**
 * "Gương điển hình Dân vận khéo" (/guong-dien-hinh), open to everyone without a login: the models recognised in a
 * year (the latest by default), outstanding ones first, filtered by field, each with its unit, what it achieved
 * and the decisions that recognised and rewarded it; one model's public card at /guong-dien-hinh/{id}. The
 * Action Program asks for outstanding models to be publicised; nothing personal is shown ({@link Showcase}).
 */
@PortalPage
class ShowcasePage {

  static final int SIZE = 12;
  /** Anonymous pages are the same for everyone: shared caches may keep them five minutes. */
  static final String PUBLIC_CACHE = "public, max-age=300";

  private final Showcase showcase;

  ShowcasePage(Showcase showcase) {
    this.showcase = showcase;
  }

  @GetMapping("/guong-dien-hinh")
  String list(@RequestParam(required = false) String year, @RequestParam(required = false) String field,
      @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
    List<Integer> years = new ArrayList<>(showcase.years());
    Integer asked = number(year);
    Integer shown = asked != null && asked >= 1900 && asked <= 9999 ? asked : years.isEmpty() ? null : years.get(0);
    if (shown != null && !years.contains(shown)) {
      years.add(shown);
      years.sort(Comparator.reverseOrder());
    }
    Field fieldFilter = field(field);
    Integer pageAsked = number(page);
    int current = pageAsked == null ? 0 : Math.max(0, pageAsked);
    Showcase.Page found = shown == null ? new Showcase.Page(List.of(), 0)
        : showcase.page(shown, fieldFilter, current, SIZE);
    model.addAttribute("years", years);
    model.addAttribute("year", shown);
    model.addAttribute("fields", Field.values());
    model.addAttribute("field", fieldFilter == null ? null : fieldFilter.name());
    model.addAttribute("entries", found.entries());
    model.addAttribute("total", found.total());
    model.addAttribute("page", current);
    model.addAttribute("pages", Math.max(1, (found.total() + SIZE - 1) / SIZE));
    publicPage(model, response);
    return "showcase/list";
  }

  @GetMapping("/guong-dien-hinh/{id:\\d+}")
  String card(@PathVariable long id, Model model, HttpServletResponse response) {
    Showcase.Entry entry = showcase.card(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)); // not recognised: as if absent
    model.addAttribute("entry", entry);
    model.addAttribute("publications", showcase.publications(id));
    publicPage(model, response);
    return "showcase/card";
  }

  /**
   * The page carries no CSRF token of its own (nothing is posted from it, and an anonymous visit opens no session);
   * an anonymous answer may be cached by anyone, a signed-in one (top bar with the user's name) by nobody.
   */
  private static void publicPage(Model model, HttpServletResponse response) {
    model.addAttribute("publicPage", true);
    if (anonymous()) {
      response.setHeader("Cache-Control", PUBLIC_CACHE);
      response.setHeader("Vary", "Cookie");
    }
  }

  private static boolean anonymous() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken;
  }

  private static Field field(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Field.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return null; // an unknown field in a typed address: all fields
    }
  }

  private static Integer number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
