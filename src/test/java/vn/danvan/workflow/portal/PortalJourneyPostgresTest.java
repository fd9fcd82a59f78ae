package vn.danvan.workflow.portal;

import vn.danvan.workflow.support.PortalOnPostgres;

/** The official's day on a real PostgreSQL 17 with the production profile. */
@PortalOnPostgres
class PortalJourneyPostgresTest extends PortalJourneyContract {
}
