package vn.danvan.workflow.dashboard;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.danvan.workflow.dashboard.Dashboard.StepDuration;

/**
 * One step's completed tasks counted by the working days they took, and the percentiles read from those counts
 * exactly as PostgreSQL's {@code percentile_disc} reads them from the tasks: the value at position ceil(f × n).
 */
final class StepDays {

  private static final Comparator<StepDays> SLOWEST_FIRST = Comparator.comparingLong((StepDays s) -> s.percentile(0.9))
      .reversed().thenComparing(Comparator.comparingLong((StepDays s) -> s.percentile(0.5)).reversed())
      .thenComparing(s -> s.name, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(s -> s.key);

  private final String key;
  private final TreeMap<Long, Long> tasksByDays = new TreeMap<>();
  private String name;
  private long tasks;

  /** A step "process/task definition". */
  StepDays(String key) {
    this.key = key;
  }

  /** {@code tasks} more tasks, named {@code name} (the greatest name wins, as SQL's max), took {@code days}. */
  StepDays add(String name, long days, long tasks) {
    if (name != null && (this.name == null || name.compareTo(this.name) > 0)) {
      this.name = name;
    }
    tasksByDays.merge(days, tasks, Long::sum);
    this.tasks += tasks;
    return this;
  }

  /** The least number of days whose tasks, with all quicker ones, reach the fraction; 0 without tasks. */
  long percentile(double fraction) {
    long position = Math.max(1, (long) Math.ceil(fraction * tasks));
    long seen = 0;
    for (Map.Entry<Long, Long> days : tasksByDays.entrySet()) {
      seen += days.getValue();
      if (seen >= position) {
        return days.getKey();
      }
    }
    return 0;
  }

  StepDuration duration() {
    // a step whose tasks had no name is called by its task definition
    return new StepDuration(key, name == null ? key.substring(key.indexOf('/') + 1) : name, tasks, percentile(0.5),
        percentile(0.9));
  }

  /** The slowest steps by the 90th percentile, then the median, then name and key; at most {@code limit}. */
  static List<StepDuration> slowest(Collection<StepDays> steps, int limit) {
    return steps.stream().sorted(SLOWEST_FIRST).limit(limit).map(StepDays::duration).toList();
  }
}
