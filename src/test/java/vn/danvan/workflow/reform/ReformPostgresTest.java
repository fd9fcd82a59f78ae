package vn.danvan.workflow.reform;

import vn.danvan.workflow.support.PortalOnPostgres;

/** The reform on a real PostgreSQL 17 (the shared service of the PostgreSQL suites). */
@PortalOnPostgres
class ReformPostgresTest extends ReformTest {
}
