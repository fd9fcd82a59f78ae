package vn.danvan.workflow.reform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.reform.ReformPreview.Move;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * "Sắp xếp đơn vị hành chính" (/quan-tri/sap-xep-don-vi): the administrators' page over the same {@link Reforms}
 * as /api/admin/reform (403 page to anyone else). The plan lives in the form; "Xem trước" shows the dry run under
 * it, "Thực hiện" (with the box ticked) executes and shows what was done. The demo plan fills the form, nothing more.
 */
@PortalPage
class ReformPage {

  static final String PATH = "/quan-tri/sap-xep-don-vi";
  static final String DEMO = "xuan-truong-2025";

  private final Reforms reforms;
  private final UnitRepository units;
  private final Problems texts;

  ReformPage(Reforms reforms, UnitRepository units, Problems texts) {
    this.reforms = reforms;
    this.units = units;
    this.texts = texts;
  }

  /** The form: bound field by field (mergers[0].sourceIds, ...), so it is a mutable bean. */
  public static class Form {
    private String effectiveOn;
    private String dissolvedDistrictId;
    private List<MergerForm> mergers = new ArrayList<>();
    private List<String> provinceSourceIds = new ArrayList<>();
    private String provinceIntoUnitId;
    private String provinceNewUnitId;
    private String provinceNewUnitName;

    public List<String> getProvinceSourceIds() { return provinceSourceIds; }

    public void setProvinceSourceIds(List<String> ids) { this.provinceSourceIds = ids == null ? new ArrayList<>() : ids; }

    public String getProvinceIntoUnitId() { return provinceIntoUnitId; }

    public void setProvinceIntoUnitId(String id) { this.provinceIntoUnitId = id; }

    public String getProvinceNewUnitId() { return provinceNewUnitId; }

    public void setProvinceNewUnitId(String id) { this.provinceNewUnitId = id; }

    public String getProvinceNewUnitName() { return provinceNewUnitName; }

    public void setProvinceNewUnitName(String name) { this.provinceNewUnitName = name; }

    public String getEffectiveOn() { return effectiveOn; }

    public void setEffectiveOn(String effectiveOn) { this.effectiveOn = effectiveOn; }

    public String getDissolvedDistrictId() { return dissolvedDistrictId; }

    public void setDissolvedDistrictId(String id) { this.dissolvedDistrictId = id; }

    public List<MergerForm> getMergers() { return mergers; }

    public void setMergers(List<MergerForm> mergers) { this.mergers = mergers; }

    static Form of(ReformPlan plan) {
      Form form = new Form();
      form.effectiveOn = plan.effectiveOn() == null ? null : plan.effectiveOn().toString();
      form.dissolvedDistrictId = plan.dissolvedDistrictId();
      for (ReformPlan.Merger merger : plan.mergers()) {
        MergerForm m = new MergerForm();
        m.setSourceIds(new ArrayList<>(merger.sourceIds()));
        m.setIntoUnitId(merger.intoUnitId());
        m.setNewUnitId(merger.newUnitId());
        m.setNewUnitName(merger.newUnitName());
        form.mergers.add(m);
      }
      ReformPlan.ProvinceMerger provinces = plan.provinceMerger();
      if (provinces != null) {
        form.provinceSourceIds = new ArrayList<>(provinces.sourceIds());
        form.provinceIntoUnitId = provinces.intoUnitId();
        form.provinceNewUnitId = provinces.newUnitId();
        form.provinceNewUnitName = provinces.newUnitName();
      }
      return form;
    }

    ReformPlan plan(LocalDate on) {
      return new ReformPlan(on, mergers.stream().map(m -> new ReformPlan.Merger(m.getSourceIds(), m.getIntoUnitId(),
          m.getNewUnitId(), m.getNewUnitName())).toList(), dissolvedDistrictId,
          new ReformPlan.ProvinceMerger(provinceSourceIds, provinceIntoUnitId, provinceNewUnitId, provinceNewUnitName));
    }

    /** The blocks the page shows: the mergers given and one empty block for another. */
    Form padded() {
      List<MergerForm> shown = new ArrayList<>(mergers.stream().filter(m -> !m.isEmpty()).toList());
      shown.add(new MergerForm());
      mergers = shown;
      return this;
    }
  }

  public static class MergerForm {
    private List<String> sourceIds = new ArrayList<>();
    private String intoUnitId;
    private String newUnitId;
    private String newUnitName;

    public List<String> getSourceIds() { return sourceIds; }

    public void setSourceIds(List<String> sourceIds) { this.sourceIds = sourceIds == null ? new ArrayList<>() : sourceIds; }

    public String getIntoUnitId() { return intoUnitId; }

    public void setIntoUnitId(String intoUnitId) { this.intoUnitId = intoUnitId; }

    public String getNewUnitId() { return newUnitId; }

    public void setNewUnitId(String newUnitId) { this.newUnitId = newUnitId; }

    public String getNewUnitName() { return newUnitName; }

    public void setNewUnitName(String newUnitName) { this.newUnitName = newUnitName; }

    boolean isEmpty() {
      return sourceIds.isEmpty() && blank(intoUnitId) && blank(newUnitName) && blank(newUnitId);
    }
  }

  /** A unit to choose: its id, its name and the name of its parent. */
  record Choice(String id, String name, String parentName) {
  }

  /** The moves of one kind, with the units by name. */
  record Group(String kind, long count, List<Line> lines) {
  }

  record Line(String label, String from, String to, boolean kept) {
  }

  @GetMapping(PATH)
  String page(@RequestParam(name = "mau", required = false) String demo, Model page) {
    Reforms.administrator();
    Form form = DEMO.equals(demo) ? Form.of(ReformDemo.PLAN) : new Form();
    page.addAttribute("demoLoaded", DEMO.equals(demo));
    return render(form, page);
  }

  @PostMapping(PATH)
  String act(@ModelAttribute("form") Form form,
      @RequestParam(name = "hanh-dong", defaultValue = "xem-truoc") String action,
      @RequestParam(name = "da-xem", defaultValue = "false") boolean confirmed, Model page, Locale locale) {
    Reforms.administrator();
    LocalDate on = day(form.getEffectiveOn());
    if (on == null) {
      page.addAttribute("error", texts.text("reform.error.date", locale));
      return render(form, page);
    }
    try {
      ReformPlan plan = form.plan(on);
      if ("thuc-hien".equals(action) && confirmed) {
        page.addAttribute("result", view(reforms.execute(plan)));
        page.addAttribute("executed", true);
        return render(new Form(), page);
      }
      page.addAttribute("result", view(reforms.preview(plan)));
      page.addAttribute("confirmMissing", "thuc-hien".equals(action));
    } catch (ApiException refused) {
      if (refused.status() != HttpStatus.BAD_REQUEST) {
        throw refused;
      }
      page.addAttribute("error", texts.text("problem." + refused.code() + ".detail", locale, refused.args()));
    }
    return render(form, page);
  }

  private String render(Form form, Model page) {
    List<Unit> all = units.findAll();
    Map<String, String> names = new LinkedHashMap<>();
    all.forEach(unit -> names.put(unit.getId(), unit.getName()));
    page.addAttribute("form", form.padded());
    page.addAttribute("communes", all.stream().filter(u -> u.getKind() == UnitKind.COMMUNE && !u.isClosed())
        .map(u -> new Choice(u.getId(), u.getName(), names.get(u.getParentId())))
        .sorted(Comparator.comparing(Choice::parentName, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Choice::name)).toList());
    page.addAttribute("districts", all.stream().filter(u -> u.getKind() == UnitKind.DISTRICT && !u.isClosed())
        .map(u -> new Choice(u.getId(), u.getName(), names.get(u.getParentId())))
        .sorted(Comparator.comparing(Choice::name)).toList());
    page.addAttribute("provinces", all.stream().filter(u -> u.getKind() == UnitKind.PROVINCE && !u.isClosed())
        .map(u -> new Choice(u.getId(), u.getName(), null)).sorted(Comparator.comparing(Choice::name)).toList());
    page.addAttribute("names", names);
    return "reform/page";
  }

  /** The preview as the page shows it: units by name, the moves grouped by kind in the dry run's order. */
  private Map<String, Object> view(ReformPreview preview) {
    Map<String, String> names = new LinkedHashMap<>();
    units.findAll().forEach(unit -> names.put(unit.getId(), unit.getName()));
    preview.units().stream().filter(step -> step.action().equals("CREATE"))
        .forEach(step -> names.putIfAbsent(step.unitId(), step.unitName()));
    List<Group> groups = new ArrayList<>();
    for (String kind : ReformPreview.KINDS) {
      List<Line> lines = preview.moves().stream().filter(m -> m.kind().equals(kind))
          .map(m -> new Line(m.label(), names.getOrDefault(m.fromUnitId(), m.fromUnitId()),
              names.getOrDefault(m.toUnitId(), m.toUnitId()), m.kept())).toList();
      groups.add(new Group(kind, preview.counts().get(kind), kind.equals("REMINDER_JOB") ? List.of() : lines));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("preview", preview);
    view.put("groups", groups);
    view.put("kept", preview.moves().stream().filter(Move::kept).count());
    return view;
  }

  private static LocalDate day(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
