package vn.danvan.workflow.directive;

import vn.danvan.workflow.support.PortalOnPostgres;

/** Drafts, their issue and their audit on a real PostgreSQL 17 (the shared service of the PostgreSQL suites). */
@PortalOnPostgres
class DirectiveDraftApiPostgresTest extends DirectiveDraftApiTest {
}
