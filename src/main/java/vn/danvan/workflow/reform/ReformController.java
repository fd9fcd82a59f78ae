package vn.danvan.workflow.reform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Sắp xếp đơn vị hành chính" over JSON, administrators only (anyone else 403): a plan's dry run, its execution,
 * and the demo plan for the seed's district.
 */
@RestController
@RequestMapping("/api/admin/reform")
@Tag(name = "Sắp xếp đơn vị hành chính", description = "The 2025 two-level reform: communes merged, a district "
    + "dissolved, every record handed to the successor; administrators only")
class ReformController {

  private final Reforms reforms;

  ReformController(Reforms reforms) {
    this.reforms = reforms;
  }

  @PostMapping("/plan")
  @Operation(summary = "Dry run of a plan",
      description = "Checks the plan (400 naming the unit when a unit is unknown, closed, not a commune, in two "
          + "mergers, or a new id is taken) and lists everything it would change: units created, closed, moved; "
          + "models, evidence, open tasks, reminder jobs, process variables, directive assignments and open unit "
          + "reports, memberships, authorities, with counts. Writes nothing.")
  ReformPreview plan(@Valid @RequestBody ReformPlan plan) {
    return reforms.preview(plan);
  }

  @PostMapping("/execute")
  @Operation(summary = "Execute a plan",
      description = "The same list as the dry run, done in one transaction and audited (kind \"reform\", and one "
          + "entry per unit, membership and authority changed). The old units stay, closed, naming their successor.")
  ReformPreview execute(@Valid @RequestBody ReformPlan plan) {
    return reforms.execute(plan);
  }

  @GetMapping("/demo")
  @Operation(summary = "The demo plan",
      description = "The seed's district (huyện Xuân Trường) merged into four communes and dissolved, as the 2025 "
          + "reform did; the grouping is illustrative. Not applied: post it to /plan, then /execute.")
  ReformPlan demo() {
    Reforms.administrator();
    return ReformDemo.PLAN;
  }
}
