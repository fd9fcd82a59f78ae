package vn.danvan.workflow.portal;

import vn.danvan.workflow.support.PortalOnPostgres;

/** "Danh sách mô hình" in the browser on a real PostgreSQL 17 with the production profile. */
@PortalOnPostgres
class ModelListJourneyPostgresTest extends ModelListJourneyContract {
}
