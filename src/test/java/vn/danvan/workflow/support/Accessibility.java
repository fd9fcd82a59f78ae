package vn.danvan.workflow.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core's WCAG 2.1 A/AA rules run inside the page as it stands (labels, contrast, landmarks, names). */
public final class Accessibility {

  private Accessibility() {
  }

  /** The violations, one line each ("color-contrast: .badge"); empty when the page passes. */
  public static List<String> violations(Page page) {
    AxeResults results = new AxeBuilder(page)
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
        .analyze();
    return results.getViolations().stream().map(Accessibility::describe).toList();
  }

  private static String describe(Rule rule) {
    return rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
  }
}
