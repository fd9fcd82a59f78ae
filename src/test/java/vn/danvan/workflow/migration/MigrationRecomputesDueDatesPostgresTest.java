package vn.danvan.workflow.migration;

import vn.danvan.workflow.support.PortalOnPostgres;

/** Registrations migrated with due dates recomputed, on a real PostgreSQL 17 with the production profile (the shared service of the PostgreSQL suites). */
@PortalOnPostgres
class MigrationRecomputesDueDatesPostgresTest extends MigrationRecomputesDueDatesByTheTargetVersionTest {
}
