package vn.danvan.workflow.dashboard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * What the dashboard page shows, read back from its HTML: each figure's table (rows by key, in the page's order,
 * each cell by series) and each chart's data-chart JSON (what ECharts draws).
 */
final class DashboardHtml {

  private static final Pattern TABLE = Pattern.compile("<table[^>]*data-figure=\"([^\"]+)\"[^>]*>(.*?)</table>",
      Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<tr data-key=\"([^\"]*)\">(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern LABEL = Pattern.compile("<th scope=\"row\">\\s*(?:<a[^>]*>)?([^<]*)");
  private static final Pattern CELL = Pattern.compile("<td[^>]*data-series=\"([^\"]+)\"[^>]*>([^<]*)</td>");
  private static final Pattern CHART = Pattern.compile("data-chart=\"([^\"]*)\"");
  private static final Pattern PETITION_TOTAL = Pattern.compile("data-petitions=\"([^\"]+)\"[^>]*>\\s*(\\d+)\\s*<");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A table row: its key, its label as the page escapes it, its numbers by series. */
  record Row(String key, String label, Map<String, Long> values) {
  }

  final String html;
  final Map<String, List<Row>> tables = new LinkedHashMap<>();
  final Map<String, Map<String, Object>> charts = new LinkedHashMap<>();

  DashboardHtml(String html) {
    this.html = html;
    Matcher table = TABLE.matcher(html);
    while (table.find()) {
      List<Row> rows = new ArrayList<>();
      Matcher row = ROW.matcher(table.group(2));
      while (row.find()) {
        Matcher label = LABEL.matcher(row.group(2));
        Map<String, Long> values = new LinkedHashMap<>();
        Matcher cell = CELL.matcher(row.group(2));
        while (cell.find()) {
          values.put(cell.group(1), Long.parseLong(cell.group(2).strip()));
        }
        rows.add(new Row(HtmlUtils.htmlUnescape(row.group(1)), label.find() ? label.group(1).strip() : null, values));
      }
      tables.put(table.group(1), rows);
    }
    Matcher chart = CHART.matcher(html);
    while (chart.find()) {
      try {
        Map<String, Object> data = JSON.readValue(HtmlUtils.htmlUnescape(chart.group(1)), new TypeReference<>() {
        });
        charts.put((String) data.get("id"), data);
      } catch (java.io.IOException e) {
        throw new AssertionError("a data-chart that is not JSON: " + chart.group(1), e);
      }
    }
  }

  List<Row> table(String figure) {
    return tables.getOrDefault(figure, List.of());
  }

  /** Row keys in the page's order. */
  List<String> keys(String figure) {
    return table(figure).stream().map(Row::key).toList();
  }

  /** One series of a table by row key. */
  Map<String, Long> column(String figure, String series) {
    Map<String, Long> column = new LinkedHashMap<>();
    table(figure).forEach(row -> column.put(row.key(), row.values().get(series)));
    return column;
  }

  /** The numbers a chart draws for one series, by its category's position. */
  @SuppressWarnings("unchecked")
  List<Long> drawn(String chart, String series) {
    return ((List<Map<String, Object>>) charts.get(chart).get("series")).stream()
        .filter(s -> s.get("key").equals(series)).findFirst()
        .map(s -> ((List<Number>) s.get("data")).stream().map(Number::longValue).toList())
        .orElseThrow(() -> new AssertionError("no series " + series + " in chart " + chart));
  }

  /** The petitions' card: each figure (received, settledOnTime...) by its key, in the page's order. */
  Map<String, Long> petitionTotals() {
    Map<String, Long> totals = new LinkedHashMap<>();
    Matcher figure = PETITION_TOTAL.matcher(html);
    while (figure.find()) {
      totals.put(figure.group(1), Long.parseLong(figure.group(2)));
    }
    return totals;
  }
}
