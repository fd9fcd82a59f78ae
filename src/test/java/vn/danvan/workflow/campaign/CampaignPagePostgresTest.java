package vn.danvan.workflow.campaign;

import vn.danvan.workflow.support.PortalOnPostgres;

/** The yearly campaigns' page on a real PostgreSQL 17 with the production profile (the PostgreSQL suites' service). */
@PortalOnPostgres
class CampaignPagePostgresTest extends CampaignPageTest {
}
