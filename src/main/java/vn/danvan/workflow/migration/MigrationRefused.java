package vn.danvan.workflow.migration;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A migration plan that cannot run, each problem with the instruction it is about ("source → target"), or the
 * source step alone when instances wait in a step the plan does not map. Answered 422 in the API; the page
 * shows the same list. Nothing has moved when this is thrown.
 */
class MigrationRefused extends RuntimeException {

  /** One problem; {@code instruction} is null when the plan lacks one for {@code source}. */
  record Problem(String instruction, String source, String target, List<String> messages) {
  }

  private final transient List<Problem> problems;

  MigrationRefused(List<Problem> problems) {
    super(problems.stream().map(p -> (p.instruction() == null ? p.source() : p.instruction()) + ": " + p.messages())
        .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  List<Problem> problems() {
    return problems;
  }
}
