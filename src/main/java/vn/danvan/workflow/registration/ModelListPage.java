package vn.danvan.workflow.registration;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.ModelStatus;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.registration.ModelSearch.Criteria;
import vn.danvan.workflow.registration.ModelSearch.Order;
import vn.danvan.workflow.registration.ModelSearch.SortKey;
import vn.danvan.workflow.security.Caller;

/**
 * "Danh sách mô hình" (/mo-hinh): every model the person may see ({@link ModelSearch}, the search of
 * GET /api/models), filtered by year, field, status, unit and words of the name, sorted by a column, paged, and
 * downloaded as Excel with the same filters and order. A GET form that works without script; with htmx a change
 * redraws only the results (and the address, so Back and a shared link give the same list).
 */
@PortalPage
class ModelListPage {

  static final int SIZE = 20;
  /** The table's columns, each sortable by its header. */
  static final List<String> COLUMNS = List.of("name", "unit", "field", "year", "status", "updated");
  private static final Map<ModelStatus, String> BADGES = new EnumMap<>(Map.of(
      ModelStatus.SUBMITTED, "text-bg-primary", ModelStatus.RETURNED, "text-bg-warning",
      ModelStatus.REJECTED, "text-bg-danger", ModelStatus.REGISTERED, "text-bg-success",
      ModelStatus.EVALUATED, "text-bg-success", ModelStatus.RECOGNISED, "text-bg-success",
      ModelStatus.REWARDED, "text-bg-success", ModelStatus.REMOVED, "text-bg-secondary"));

  private final ModelSearch search;
  private final ModelListXlsx xlsx;
  private final UnitRepository units;
  private final UnitDirectory directory;
  private final Clock clock;

  ModelListPage(ModelSearch search, ModelListXlsx xlsx, UnitRepository units, UnitDirectory directory,
      Clock clock) {
    this.search = search;
    this.xlsx = xlsx;
    this.units = units;
    this.directory = directory;
    this.clock = clock;
  }

  /**
   * The list's state as the address says it; builds the links of the page (sorting, pages, the download) with the
   * same filters. Anything not understood in the address is ignored, as a page should.
   */
  record ListQuery(Criteria criteria) {

    static ListQuery of(String unitId, String field, String year, String status, String q, String sort,
        String page) {
      Order order;
      try {
        order = Order.parse(sort);
      } catch (IllegalArgumentException e) {
        order = Order.NEWEST;
      }
      String text = q == null ? null : q.length() > 100 ? q.substring(0, 100) : q;
      return new ListQuery(new Criteria(unitId, parse(field, Field::valueOf), parse(year, Integer::valueOf),
          parse(status, ModelStatus::valueOf), text, order, Optional.ofNullable(parse(page, Integer::valueOf))
          .orElse(0), SIZE));
    }

    private static <T> T parse(String value, Function<String, T> parser) {
      try {
        return value == null || value.isBlank() ? null : parser.apply(value.strip());
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    public String href(int page) {
      return builder("/mo-hinh", criteria.sort()).queryParamIfPresent("page",
          Optional.of(page).filter(p -> p > 0)).encode().toUriString();
    }

    /** The column's header link: sorted by it, the other way round if it is already. */
    public String sortHref(String key) {
      return builder("/mo-hinh", criteria.sort().toggled(SortKey.valueOf(key))).encode().toUriString();
    }

    /** aria-sort of a column header: only the sorted column has one. */
    public String ariaSort(String key) {
      return criteria.sort().key().name().equals(key) ? (criteria.sort().descending() ? "descending" : "ascending")
          : null;
    }

    public String exportHref() {
      return builder("/mo-hinh/xuat-excel", criteria.sort()).encode().toUriString();
    }

    public String sortParam() {
      return criteria.sort().equals(Order.NEWEST) ? null : criteria.sort().param();
    }

    private UriComponentsBuilder builder(String path, Order sort) {
      UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
      add(builder, "unitId", criteria.unitId());
      add(builder, "field", criteria.field());
      add(builder, "year", criteria.year());
      add(builder, "status", criteria.status());
      add(builder, "q", criteria.q());
      add(builder, "sort", sort.equals(Order.NEWEST) ? null : sort.param());
      return builder;
    }

    private static void add(UriComponentsBuilder builder, String name, Object value) {
      if (value != null) {
        builder.queryParam(name, value);
      }
    }
  }

  @GetMapping("/mo-hinh")
  String list(@RequestParam(required = false) String unitId, @RequestParam(required = false) String field,
      @RequestParam(required = false) String year, @RequestParam(required = false) String status,
      @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page, HtmxRequest htmx, HttpServletResponse response, Model model) {
    Caller caller = Caller.current();
    ListQuery query = ListQuery.of(unitId, field, year, status, q, sort, page);
    ModelSearch.Found found = search.find(caller, query.criteria());
    if (found.lines().isEmpty() && found.total() > 0) { // a page past the end, e.g. after a filter narrowed it
      query = new ListQuery(query.criteria().withPage(found.pages() - 1, SIZE));
      found = search.find(caller, query.criteria());
    }
    model.addAttribute("list", query);
    model.addAttribute("c", query.criteria());
    model.addAttribute("found", found);
    model.addAttribute("badges", BADGES);
    model.addAttribute("columns", COLUMNS);
    if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
      response.setHeader("HX-Push-Url", query.href(found.page())); // the address without the form's empty fields
      return "registration/list :: results";
    }
    model.addAttribute("units", visibleUnits(caller));
    model.addAttribute("fields", Field.values());
    model.addAttribute("statuses", ModelStatus.values());
    model.addAttribute("years", years(caller, query.criteria().year()));
    return "registration/list";
  }

  /** The filtered, sorted list, every page, as danh-sach-mo-hinh-yyyyMMdd.xlsx. */
  @GetMapping("/mo-hinh/xuat-excel")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String unitId,
      @RequestParam(required = false) String field, @RequestParam(required = false) String year,
      @RequestParam(required = false) String status, @RequestParam(required = false) String q,
      @RequestParam(required = false) String sort) {
    Criteria criteria = ListQuery.of(unitId, field, year, status, q, sort, null).criteria();
    String unitName = criteria.unitId() == null ? null
        : units.findById(criteria.unitId()).map(Unit::getName).orElse(null);
    return xlsx.download(criteria, search.export(Caller.current(), criteria), today(), unitName);
  }

  private List<Unit> visibleUnits(Caller caller) {
    List<Unit> visible = new ArrayList<>(caller.isAdmin() ? units.findAll()
        : units.findAllById(directory.visibleUnitIds(caller.groups())));
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    visible.sort(Comparator.comparing(Unit::getName, vietnamese));
    return visible;
  }

  private List<Integer> years(Caller caller, Integer chosen) {
    List<Integer> years = new ArrayList<>(search.years(caller));
    for (Integer year : new Integer[] {today().getYear(), chosen}) {
      if (year != null && !years.contains(year)) {
        years.add(year);
      }
    }
    years.sort(Comparator.reverseOrder());
    return years;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(VietnamTime.ZONE));
  }
}
