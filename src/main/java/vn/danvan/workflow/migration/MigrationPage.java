package vn.danvan.workflow.migration;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danvan.workflow.migration.ProcessMigrations.Mapping;
import vn.danvan.workflow.migration.ProcessMigrations.PlanRequest;
import vn.danvan.workflow.migration.ProcessMigrations.PlanView;
import vn.danvan.workflow.migration.ProcessMigrations.ProcessVersions;
import vn.danvan.workflow.migration.ProcessMigrations.Step;
import vn.danvan.workflow.migration.ProcessMigrations.Version;
import vn.danvan.workflow.portal.PortalPage;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * "Chuyển đổi quy trình" (/quan-tri/chuyen-doi-quy-trinh): the administrators' page over the same
 * {@link ProcessMigrations} as /api/admin/migrations, refused (403 page) to anyone else as the API is. The plan
 * travels in the form (hidden inputs: process, versions, added mappings, due dates), never in the session, so a
 * reload or a second tab loses nothing. Every step is a plain POST; htmx redraws only the plan's section. The run
 * is the API's batch; its progress page polls a fragment every 2 s until the batch is done.
 */
@PortalPage
class MigrationPage {

  static final String PATH = "/quan-tri/chuyen-doi-quy-trinh";

  private final ProcessMigrations migrations;
  private final Problems texts;

  MigrationPage(ProcessMigrations migrations, Problems texts) {
    this.migrations = migrations;
    this.texts = texts;
  }

  /** What the administrator sees of a refusal: the instruction or step it is about, and why. */
  record Refusal(String about, List<String> messages) {
  }

  /** An added mapping with the steps' names, removable. */
  record Added(String value, String source, String sourceName, String target, String targetName) {
  }

  @GetMapping(PATH)
  String page(@RequestParam(name = "quy-trinh", required = false) String key, Model page) {
    MigrationController.administrator();
    List<ProcessVersions> processes = migrations.processes();
    ProcessVersions process = find(processes, key);
    Integer source = null;
    Integer target = null;
    if (process != null) {
      List<Version> versions = process.versions();
      int latest = versions.get(versions.size() - 1).version();
      target = latest;
      // the oldest version that still has running instances; else the one before the latest
      source = versions.stream().filter(v -> v.instances() > 0 && v.version() != latest).findFirst()
          .map(Version::version).orElse(versions.size() > 1 ? versions.get(versions.size() - 2).version() : latest);
    }
    page.addAttribute("processes", processes);
    page.addAttribute("process", process);
    page.addAttribute("form", new PlanRequest(key, source, target, List.of(), DueDates.KEEP));
    page.addAttribute("added", List.of());
    page.addAttribute("runs", migrations.latest());
    return "migration/page";
  }

  /**
   * Every button of the plan's form: de-xuat (propose), them (add a mapping), bo-anh-xa (remove one), kiem-tra
   * (validate), chay-thu (dry run), xac-nhan (the confirm step), thuc-hien (execute, only with the box ticked).
   */
  @PostMapping(PATH)
  String act(@RequestParam(name = "quy-trinh") String key,
      @RequestParam(name = "nguon", required = false) Integer source,
      @RequestParam(name = "dich", required = false) Integer target,
      @RequestParam(name = "anh-xa", required = false) List<String> mappings,
      @RequestParam(name = "han", defaultValue = "KEEP") DueDates dueDates,
      @RequestParam(name = "hanh-dong", defaultValue = "de-xuat") String action,
      @RequestParam(name = "them-nguon", required = false) String addSource,
      @RequestParam(name = "them-dich", required = false) String addTarget,
      @RequestParam(name = "bo-anh-xa", required = false) String remove,
      @RequestParam(name = "da-kiem-tra", defaultValue = "false") boolean checked,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      HttpServletResponse response, Model page, Locale locale) {
    String administrator = MigrationController.administrator().username();
    Set<String> chosen = new LinkedHashSet<>(mappings == null ? List.of() : mappings);
    chosen.removeIf(m -> parse(m) == null);
    if (remove != null) {
      chosen.remove(remove);
      action = "de-xuat";
    }
    if ("them".equals(action) && addSource != null && !addSource.isBlank() && addTarget != null
        && !addTarget.isBlank()) {
      chosen.removeIf(m -> parse(m).source().equals(addSource)); // one mapping per source step, the newest
      chosen.add(addSource + ">" + addTarget);
    }
    PlanRequest request = new PlanRequest(key, source, target, chosen.stream().map(MigrationPage::parse).toList(),
        dueDates);
    List<ProcessVersions> processes = migrations.processes();
    page.addAttribute("processes", processes);
    page.addAttribute("process", find(processes, key));
    page.addAttribute("form", request);
    page.addAttribute("action", action);

    PlanView plan = null;
    try {
      plan = migrations.propose(request, locale);
    } catch (MigrationRefused e) {
      page.addAttribute("refusals", refusals(e));
      plan = withoutAddedMappings(request, locale, page);
    } catch (ApiException e) {
      page.addAttribute("error", message(e, locale));
    }
    page.addAttribute("plan", plan);
    page.addAttribute("added", added(request, plan));
    if (plan != null && !page.containsAttribute("refusals")) {
      try {
        switch (action) {
          case "kiem-tra" -> {
            migrations.validate(request, locale);
            page.addAttribute("valid", true);
          }
          case "chay-thu" -> page.addAttribute("dryRun", migrations.dryRun(request, locale));
          case "xac-nhan" -> {
            migrations.validate(request, locale);
            page.addAttribute("confirming", true);
          }
          case "thuc-hien" -> {
            if (!checked) {
              migrations.validate(request, locale);
              page.addAttribute("confirming", true);
              page.addAttribute("confirmMissing", true);
            } else {
              String progress = PATH + "/dot/" + migrations.execute(request, administrator, locale).batchId();
              if (htmx != null) {
                response.setHeader("HX-Redirect", progress);
                return "migration/page :: plan";
              }
              return "redirect:" + progress;
            }
          }
          default -> {
            // de-xuat, them: the proposal alone
          }
        }
      } catch (MigrationRefused e) {
        page.addAttribute("refusals", refusals(e));
      } catch (ApiException e) {
        page.addAttribute("error", message(e, locale));
      }
    }
    if (htmx != null) {
      return "migration/page :: plan";
    }
    page.addAttribute("runs", migrations.latest());
    return "migration/page";
  }

  @GetMapping(PATH + "/dot/{batchId}")
  String progress(@PathVariable String batchId, Model page) {
    MigrationController.administrator();
    page.addAttribute("progress", migrations.progress(batchId));
    return "migration/progress";
  }

  /** The fragment the progress page polls; once the batch is done it comes back without its trigger. */
  @GetMapping(PATH + "/dot/{batchId}/tien-do")
  @HxRequest
  String progressFragment(@PathVariable String batchId, Model page) {
    MigrationController.administrator();
    page.addAttribute("progress", migrations.progress(batchId));
    return "migration/progress :: progress";
  }

  /** The table and the steps to choose from when the administrator's mappings are refused: Camunda's own. */
  private PlanView withoutAddedMappings(PlanRequest request, Locale locale, Model page) {
    try {
      page.addAttribute("baseOnly", true);
      return migrations.propose(new PlanRequest(request.processKey(), request.sourceVersion(),
          request.targetVersion(), List.of(), request.dueDates()), locale);
    } catch (MigrationRefused | ApiException e) {
      return null;
    }
  }

  private static List<Added> added(PlanRequest request, PlanView plan) {
    Map<String, String> sources = plan == null ? Map.of() : names(plan.sourceSteps());
    Map<String, String> targets = plan == null ? Map.of() : names(plan.targetSteps());
    return request.mappings().stream().map(m -> new Added(m.source() + ">" + m.target(), m.source(),
        sources.getOrDefault(m.source(), m.source()), m.target(), targets.getOrDefault(m.target(), m.target())))
        .sorted(Comparator.comparing(Added::sourceName)).toList();
  }

  private static Map<String, String> names(List<Step> steps) {
    return steps.stream().collect(Collectors.toMap(Step::id, Step::name, (a, b) -> a));
  }

  private static List<Refusal> refusals(MigrationRefused refused) {
    List<Refusal> all = new ArrayList<>();
    for (MigrationRefused.Problem problem : refused.problems()) {
      all.add(new Refusal(problem.instruction() != null ? problem.instruction() : problem.source(),
          problem.messages()));
    }
    return all;
  }

  private String message(ApiException e, Locale locale) {
    return texts.text("problem." + e.code() + ".title", locale) + ": "
        + texts.text("problem." + e.code() + ".detail", locale, e.args());
  }

  private static ProcessVersions find(List<ProcessVersions> processes, String key) {
    return key == null ? null : processes.stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
  }

  /** "Task_A>Task_B" from a hidden input; anything else is dropped (activity ids cannot hold '>'). */
  private static Mapping parse(String value) {
    int at = value == null ? -1 : value.indexOf('>');
    if (at <= 0 || at == value.length() - 1 || value.indexOf('>', at + 1) >= 0) {
      return null;
    }
    return new Mapping(value.substring(0, at).strip(), value.substring(at + 1).strip());
  }
}
