package vn.danvan.workflow.report;

import java.util.Set;

/** Whose figures a report counts (the units its reader may see) and how the report names that area. */
public record ReportScope(String label, Set<String> unitIds) {
}
