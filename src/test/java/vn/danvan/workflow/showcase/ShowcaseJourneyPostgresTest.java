package vn.danvan.workflow.showcase;

import vn.danvan.workflow.support.PortalOnPostgres;

/** The visitor's walk on a real PostgreSQL 17 with the production profile (the queries are plain SQL). */
@PortalOnPostgres
class ShowcaseJourneyPostgresTest extends ShowcaseJourneyContract {
}
