package vn.danvan.workflow.migration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * Moving running instances of a process to another version of it ("Chuyển đổi quy trình"), for administrators
 * only (group camunda-admin; anyone else 403). Propose, validate, dry run, execute as a Camunda batch, follow it.
 */
@RestController
@RequestMapping("/api/admin/migrations")
@Tag(name = "Chuyển đổi quy trình", description = "Process-instance migration, administrators only")
class MigrationController {

  private final ProcessMigrations migrations;
  private final Problems problems;

  MigrationController(ProcessMigrations migrations, Problems problems) {
    this.migrations = migrations;
    this.problems = problems;
  }

  @GetMapping("/processes")
  @Operation(summary = "Processes, their versions and the instances running on each")
  List<ProcessMigrations.ProcessVersions> processes() {
    administrator();
    return migrations.processes();
  }

  @PostMapping("/plan")
  @Operation(summary = "Propose a plan",
      description = "Camunda's mapEqualActivities() between the two versions plus the mappings given (a mapping "
          + "replaces the generated one of its source step), with the steps where instances wait. 422 with one "
          + "entry per refused instruction when Camunda refuses the plan.")
  ProcessMigrations.PlanView plan(@RequestBody ProcessMigrations.PlanRequest request) {
    administrator();
    return migrations.propose(request, locale());
  }

  @PostMapping("/validate")
  @Operation(summary = "Validate a plan",
      description = "As /plan, and refused (422) also when instances wait in a step the plan does not map.")
  ProcessMigrations.PlanView validate(@RequestBody ProcessMigrations.PlanRequest request) {
    administrator();
    return migrations.validate(request, locale());
  }

  @PostMapping("/dry-run")
  @Operation(summary = "Dry run",
      description = "Migrates each instance (at most " + ProcessMigrations.DRY_RUN_LIMIT + ") in a transaction that "
          + "is rolled back: how many there are, where they wait, which would fail and why. Nothing moves.")
  ProcessMigrations.DryRun dryRun(@RequestBody ProcessMigrations.PlanRequest request) {
    administrator();
    return migrations.dryRun(request, locale());
  }

  @PostMapping
  @Operation(summary = "Execute as a Camunda batch",
      description = "Validates as /validate (422, nothing moves), then starts a batch over every instance of the "
          + "source version; dueDates KEEP (default) or RECOMPUTE (the target version's limits, from each task's "
          + "creation). 202 with the batch id; follow it at /{batchId}.")
  ResponseEntity<ProcessMigrations.Started> execute(@RequestBody ProcessMigrations.PlanRequest request) {
    Caller caller = administrator();
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(migrations.execute(request, caller.username(), locale()));
  }

  @GetMapping("/{batchId}")
  @Operation(summary = "Progress of a migration batch, with the incidents of its failed jobs")
  ProcessMigrations.Progress progress(@PathVariable String batchId) {
    administrator();
    return migrations.progress(batchId);
  }

  @ExceptionHandler(MigrationRefused.class)
  ResponseEntity<ProblemDetail> refused(MigrationRefused e) {
    ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "migration-refused", locale(),
        e.problems().size());
    problem.setProperty("errors", e.problems());
    return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  static Caller administrator() {
    Caller caller = Caller.current();
    if (!caller.isAdmin()) {
      throw ApiException.forbidden();
    }
    return caller;
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
