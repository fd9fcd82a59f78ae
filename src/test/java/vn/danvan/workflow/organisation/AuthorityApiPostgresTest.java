package vn.danvan.workflow.organisation;

import vn.danvan.workflow.support.PortalOnPostgres;

/** The authorities' API and its audit on a real PostgreSQL 17 (the shared service of the PostgreSQL suites). */
@PortalOnPostgres
class AuthorityApiPostgresTest extends AuthorityApiTest {
}
