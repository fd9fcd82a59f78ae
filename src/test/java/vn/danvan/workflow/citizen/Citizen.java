package vn.danvan.workflow.citizen;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.support.PortalSession;
import vn.danvan.workflow.support.VietnamClock;

/**
 * A citizen at the public petition form, without a login, and where the tests put the clock. The rate limit
 * counts per client address within any hour of the service's clock, and every test request comes from 127.0.0.1:
 * each test takes hours of its own ({@link #freshHour()}), far from the suites' fixed day, so the limit stays as
 * strict as in production and no test spends another's allowance.
 */
final class Citizen {

  private static final Pattern STAMP = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"");
  private static final Pattern CODE = Pattern.compile("id=\"tracking-code\">([^<]+)<");
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private final PortalSession browser;
  private final LocalDateTime base;
  private final AtomicInteger hours;
  private LocalDateTime now;
  private String stamp;

  Citizen(int port, LocalDateTime base, AtomicInteger hours) {
    this.browser = new PortalSession(port);
    this.base = base;
    this.hours = hours;
  }

  PortalSession browser() {
    return browser;
  }

  /** Moves the clock to the start of an hour no request of these tests has used yet (2 hours apart). */
  Citizen freshHour() {
    return at(base.plusHours(2L * hours.getAndIncrement()));
  }

  Citizen at(LocalDateTime time) {
    now = time;
    VietnamClock.set(LOCAL.format(time));
    return this;
  }

  Citizen later(long seconds) {
    return at(now.plusSeconds(seconds));
  }

  LocalDateTime now() {
    return now;
  }

  HttpResponse<String> openForm() {
    HttpResponse<String> page = browser.get("/phan-anh-kien-nghi");
    Matcher found = STAMP.matcher(page.body());
    stamp = found.find() ? found.group(1) : null;
    return page;
  }

  String stamp() {
    return stamp;
  }

  /** Posts the form as a browser would, with the stamp and CSRF token of the form last opened. */
  HttpResponse<String> send(Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("stamp", stamp);
    form.put("website", "");
    form.putAll(fields);
    return browser.post("/phan-anh-kien-nghi", form);
  }

  /** Opens the form, waits as a person would, sends it. */
  HttpResponse<String> file(Map<String, String> fields) {
    openForm();
    later(20);
    return send(fields);
  }

  static Map<String, String> petition(String kind, String marker) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kind", kind);
    fields.put("unitId", "xa-xuan-bac");
    fields.put("name", "Nguyễn Văn Dân " + marker);
    fields.put("contact", "0912 345 678");
    fields.put("address", "Xóm 3, xã Xuân Bắc");
    fields.put("subject", "Đường liên xóm ngập nước " + marker);
    fields.put("content", "Đoạn đường từ xóm 3 ra chợ ngập sau mỗi trận mưa. " + marker);
    return fields;
  }

  static Map<String, String> with(Map<String, String> fields, String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put(name, value);
    return changed;
  }

  /** The tracking code the answer shows, or null. */
  static String trackingCode(HttpResponse<String> page) {
    Matcher found = CODE.matcher(page.body());
    return found.find() ? found.group(1).strip() : null;
  }

  /** The tables and columns (character types) of the database that hold this text anywhere. */
  static List<String> storedAnywhere(JdbcTemplate jdbc, String text) {
    List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from "
        + "information_schema.columns where table_schema = 'PUBLIC' and data_type in "
        + "('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER', 'VARCHAR_IGNORECASE')");
    return columns.stream()
        .map(c -> "\"" + c.get("TABLE_NAME") + "\".\"" + c.get("COLUMN_NAME") + "\"")
        .filter(column -> {
          String table = column.substring(0, column.indexOf('.'));
          Integer hits = jdbc.queryForObject("select count(*) from " + table + " where "
              + column.substring(column.indexOf('.') + 1) + " like ?", Integer.class, "%" + text + "%");
          return hits != null && hits > 0;
        })
        .toList();
  }
}
