package vn.danvan.workflow.people;

import vn.danvan.workflow.support.PortalOnPostgres;

/** The members' API, its audit and its one transaction on a real PostgreSQL 17 (the PostgreSQL suites' service). */
@PortalOnPostgres
class MembersApiPostgresTest extends MembersApiTest {
}
