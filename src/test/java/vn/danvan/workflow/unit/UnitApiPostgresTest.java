package vn.danvan.workflow.unit;

import vn.danvan.workflow.support.PortalOnPostgres;

/** The units' API, its Camunda groups, audit and rollback on a real PostgreSQL 17 (the PostgreSQL suites' service). */
@PortalOnPostgres
class UnitApiPostgresTest extends UnitApiTest {
}
