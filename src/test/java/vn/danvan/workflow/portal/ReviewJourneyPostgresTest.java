package vn.danvan.workflow.portal;

import vn.danvan.workflow.support.PortalOnPostgres;

/**
 * The reviewing bodies' work on a real PostgreSQL 17 with the production profile (the desktop, as on H2), in the
 * browser suites' shared service and database: its campaigns are of years no other suite opens.
 */
@PortalOnPostgres
class ReviewJourneyPostgresTest extends ReviewJourneyContract {
}
