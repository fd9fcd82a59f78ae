package vn.danvan.workflow.document;

import vn.danvan.workflow.support.PortalOnPostgres;

/** From the certificate's QR code to "Hợp lệ", on a real PostgreSQL 17 with the production profile. */
@PortalOnPostgres
class VerificationJourneyPostgresTest extends VerificationJourneyContract {
}
