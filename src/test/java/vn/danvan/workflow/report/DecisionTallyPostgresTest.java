package vn.danvan.workflow.report;

import vn.danvan.workflow.support.PortalOnPostgres;

/** The tally against the count over the decisions on a real PostgreSQL 17 (the PostgreSQL suites' shared service). */
@PortalOnPostgres
class DecisionTallyPostgresTest extends DecisionTallyTest {
}
