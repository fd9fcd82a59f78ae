package vn.danvan.workflow.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One chart of the dashboard and its table: the same categories and numbers drawn by ECharts (dashboard.js reads
 * {@link #json}) and listed for screen readers and printing. A series not drawn appears only in the table.
 *
 * @param kind bar, stacked (bars stacked), horizontal or horizontal-stacked (for long names: units, steps)
 */
record Chart(String id, String kind, String title, String categoryHeading, List<Category> categories,
    List<Series> series) {

  /** A bar: its key (a code or an id), its name, and the list behind it (null when there is none). */
  record Category(String key, String label, String link) {
  }

  record Series(String key, String label, List<Long> values, boolean drawn) {

    static Series drawn(String key, String label, List<Long> values) {
      return new Series(key, label, values, true);
    }

    static Series tableOnly(String key, String label, List<Long> values) {
      return new Series(key, label, values, false);
    }
  }

  public boolean isEmpty() {
    return categories.isEmpty();
  }

  public long value(Series series, int index) {
    return series.values().get(index);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What dashboard.js draws (the data-chart attribute): the kind, the categories' names and lists, the drawn series. */
  public String json() {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("id", id);
    chart.put("kind", kind);
    chart.put("categories", categories.stream().map(Category::label).toList());
    chart.put("links", categories.stream().map(Category::link).toList());
    chart.put("series", series.stream().filter(Series::drawn)
        .map(s -> Map.of("key", s.key(), "name", s.label(), "data", s.values())).toList());
    try {
      return JSON.writeValueAsString(chart);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
