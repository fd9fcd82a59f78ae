package vn.danvan.workflow.document;

/** From the certificate's QR code to "Hợp lệ", on the embedded default database. */
class VerificationJourneyH2Test extends VerificationJourneyContract {
}
