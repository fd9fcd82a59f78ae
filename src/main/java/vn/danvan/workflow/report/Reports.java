package vn.danvan.workflow.report;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.calendar.WorkingDayCalendar;
import vn.danvan.workflow.model.Field;
import vn.danvan.workflow.model.ModelKind;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitDirectory;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.petition.PetitionCounts;
import vn.danvan.workflow.petition.PetitionKind;
import vn.danvan.workflow.report.Report.Breakdown;
import vn.danvan.workflow.report.Report.Deadlines;
import vn.danvan.workflow.report.Report.Indicator;
import vn.danvan.workflow.report.Report.LateUnit;
import vn.danvan.workflow.report.Report.PetitionFigures;
import vn.danvan.workflow.report.Report.Petitions;
import vn.danvan.workflow.report.ReportData.ModelCount;
import vn.danvan.workflow.report.ReportData.Obligation;

/**
 * Builds a {@link Report} from {@link ReportData} and the petitions' {@link PetitionCounts}, and renders it as XLSX
 * or PDF.
 */
@Service
public class Reports {

  public static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ReportData data;
  private final UnitRepository units;
  private final UnitDirectory directory;
  private final ReportXlsx xlsx;
  private final ReportPdf pdf;
  private final WorkingDayCalendar calendar;
  private final PetitionCounts petitionCounts;
  private final Clock clock;

  Reports(ReportData data, UnitRepository units, UnitDirectory directory, ReportXlsx xlsx, ReportPdf pdf,
      WorkingDayCalendar calendar, PetitionCounts petitionCounts, Clock clock) {
    this.clock = clock;
    this.petitionCounts = petitionCounts;
    this.data = data;
    this.units = units;
    this.directory = directory;
    this.xlsx = xlsx;
    this.pdf = pdf;
    this.calendar = calendar;
  }

  private enum Measure {
    REGISTERED("Mô hình, điển hình đăng ký", ReportData::registered),
    RECOGNISED("Được công nhận", ReportData::recognised),
    OUTSTANDING("Tiêu biểu", ReportData::outstanding),
    REPLICATED("Được nhân rộng", ReportData::replicated),
    REWARDED("Được khen thưởng", ReportData::rewarded);

    final String label;
    final Query query;

    Measure(String label, Query query) {
      this.label = label;
      this.query = query;
    }
  }

  @FunctionalInterface
  private interface Query {
    List<ModelCount> run(ReportData data, Period period, Collection<String> unitIds);
  }

  /** What a person with these groups may see: the units of theirs and below, and the areas their bodies oversee. */
  @Transactional(readOnly = true)
  public ReportScope scopeFor(Collection<String> groupIds, boolean admin) {
    Map<String, Unit> all = units.findAll().stream().collect(Collectors.toMap(Unit::getId, u -> u));
    if (admin) {
      return new ReportScope("Tất cả đơn vị", all.keySet());
    }
    Set<String> names = new LinkedHashSet<>();
    for (String group : groupIds) {
      Unit unit = all.get(group);
      if (unit != null) {
        Unit area = unit.getOverseesId() != null ? all.get(unit.getOverseesId()) : unit;
        names.add(area.getName());
      }
    }
    return new ReportScope(String.join(", ", names), directory.visibleUnitIds(groupIds));
  }

  @Transactional(readOnly = true)
  public Report build(Period period, ReportScope scope, LocalDate asOf) {
    Period previous = period.previous();
    Map<Measure, List<ModelCount>> now = new EnumMap<>(Measure.class);
    List<Indicator> indicators = new ArrayList<>();
    for (Measure measure : Measure.values()) {
      List<ModelCount> counts = measure.query.run(data, period, scope.unitIds());
      now.put(measure, counts);
      long models = sum(counts, c -> c.kind() == ModelKind.MODEL);
      long exemplars = sum(counts, c -> c.kind() == ModelKind.EXEMPLAR);
      long before = sum(measure.query.run(data, previous, scope.unitIds()), c -> true);
      indicators.add(new Indicator(measure.name(), measure.label, models, exemplars, models + exemplars, before,
          models + exemplars - before));
    }
    List<Breakdown> byField = new ArrayList<>();
    for (Field field : Field.values()) {
      byField.add(breakdown(field.name(), field.label(), now, c -> c.field() == field));
    }
    Map<String, String> unitNames = new HashMap<>();
    units.findAllById(scope.unitIds()).forEach(u -> unitNames.put(u.getId(), u.getName()));
    Set<String> counted = now.values().stream().flatMap(List::stream).map(ModelCount::unitId)
        .collect(Collectors.toSet());
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    List<Breakdown> byUnit = counted.stream()
        .map(id -> breakdown(id, unitNames.getOrDefault(id, id), now, c -> c.unitId().equals(id)))
        .sorted(Comparator.comparing(Breakdown::label, vietnamese))
        .toList();

    List<Obligation> obligations = data.obligations(period, scope.unitIds());
    long onTime = 0;
    long late = 0;
    long missing = 0;
    long notYetDue = 0;
    List<LateUnit> lateUnits = new ArrayList<>();
    for (Obligation o : obligations) {
      LocalDate sent = o.submittedAt() == null ? null : o.submittedAt().atZone(VietnamTime.ZONE).toLocalDate();
      if (sent != null && !sent.isAfter(o.dueOn())) {
        onTime++;
      } else if (sent == null && !asOf.isAfter(o.dueOn())) {
        notYetDue++;
      } else {
        if (sent == null) {
          missing++;
        } else {
          late++;
        }
        lateUnits.add(new LateUnit(o.directiveId(), o.directiveTitle(), o.unitId(),
            unitNames.getOrDefault(o.unitId(), o.unitId()), obligationName(o), o.dueOn(), sent,
            calendar.workingDaysBetween(o.dueOn(), sent != null ? sent : asOf))); // deadlines run in working days
      }
    }
    lateUnits.sort(Comparator.comparing(LateUnit::dueOn).thenComparing(LateUnit::unitName, vietnamese));
    // overdue means past its due date on the report's day, as days late do
    Petitions petitions = petitions(petitionCounts.count(scope.unitIds(), period.from(), period.to(), asOf),
        unitNames, vietnamese);
    return new Report(Report.PeriodView.of(period), Report.PeriodView.of(previous), scope.label(), asOf,
        clock.instant(), indicators, byField, byUnit,
        new Deadlines(obligations.size(), onTime, late, missing, notYetDue), lateUnits, null, null, petitions);
  }

  /** The grouped counts (a unit and a kind each) summed by kind, in all, and by unit. */
  static Petitions petitions(List<PetitionCounts.Row> rows, Map<String, String> unitNames, Collator order) {
    List<PetitionFigures> byKind = Arrays.stream(PetitionKind.values())
        .map(kind -> petitionFigures(kind.name(), kind.label(), rows, r -> r.kind() == kind)).toList();
    List<PetitionFigures> byUnit = rows.stream().map(PetitionCounts.Row::unitId).distinct()
        .map(id -> petitionFigures(id, unitNames.getOrDefault(id, id), rows, r -> r.unitId().equals(id)))
        .sorted(Comparator.comparing(PetitionFigures::label, order))
        .toList();
    return new Petitions(byKind, petitionFigures(Petitions.TOTAL, "Tổng cộng", rows, r -> true), byUnit);
  }

  private static PetitionFigures petitionFigures(String key, String label, List<PetitionCounts.Row> rows,
      Predicate<PetitionCounts.Row> which) {
    List<PetitionCounts.Row> these = rows.stream().filter(which).toList();
    return new PetitionFigures(key, label,
        these.stream().mapToLong(PetitionCounts.Row::received).sum(),
        these.stream().mapToLong(PetitionCounts.Row::settledOnTime).sum(),
        these.stream().mapToLong(PetitionCounts.Row::settledLate).sum(),
        these.stream().mapToLong(PetitionCounts.Row::overdue).sum(),
        these.stream().mapToLong(PetitionCounts.Row::open).sum(),
        these.stream().mapToLong(PetitionCounts.Row::closedOtherwise).sum());
  }

  /** bao-cao-dan-van-kheo-2026-Q4.pdf; a range keeps its dates (2021-01-01_2025-12-31). */
  public static String fileName(Period period, String extension) {
    return "bao-cao-dan-van-kheo-" + period.code().replace("..", "_") + "." + extension;
  }

  public byte[] xlsx(Report report) {
    return xlsx.render(report);
  }

  public byte[] pdf(Report report) {
    return pdf.render(report);
  }

  /** "Kế hoạch thực hiện", "Báo cáo quý I năm 2026", "Báo cáo năm 2026". */
  static String obligationName(Obligation o) {
    if (o.reportPeriod() == null) {
      return "Kế hoạch thực hiện";
    }
    String label = Period.parse(o.reportPeriod()).label();
    return "Báo cáo " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }

  private static Breakdown breakdown(String key, String label, Map<Measure, List<ModelCount>> counts,
      java.util.function.Predicate<ModelCount> which) {
    BiFunction<Measure, java.util.function.Predicate<ModelCount>, Long> total = (m, p) -> sum(counts.get(m), p);
    return new Breakdown(key, label, total.apply(Measure.REGISTERED, which), total.apply(Measure.RECOGNISED, which),
        total.apply(Measure.OUTSTANDING, which), total.apply(Measure.REPLICATED, which),
        total.apply(Measure.REWARDED, which));
  }

  private static long sum(List<ModelCount> counts, java.util.function.Predicate<ModelCount> which) {
    return counts.stream().filter(which).mapToLong(ModelCount::count).sum();
  }
}
