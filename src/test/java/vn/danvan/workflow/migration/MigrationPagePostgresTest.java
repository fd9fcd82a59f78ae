package vn.danvan.workflow.migration;

import vn.danvan.workflow.support.PortalOnPostgres;

/** The migration page, on a real PostgreSQL 17 with the production profile (the shared service of the PostgreSQL suites). */
@PortalOnPostgres
class MigrationPagePostgresTest extends MigrationPageTest {
}
