package vn.danvan.workflow.migration;

import vn.danvan.workflow.support.PortalOnPostgres;

/** Reward proposals migrated, on a real PostgreSQL 17 with the production profile (the shared service of the PostgreSQL suites). */
@PortalOnPostgres
class MigrationOfRewardInstancesPostgresTest extends MigrationOfRewardInstancesTest {
}
