package vn.danvan.workflow.document;

import java.util.stream.Stream;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalOnPostgres;

/** From the certificate's QR code to "Hợp lệ", on a real PostgreSQL 17 with the production profile, on the desktop screen only (CI time). */
@PortalOnPostgres
class VerificationJourneyPostgresTest extends VerificationJourneyContract {

  static Stream<Screen> qrScreens() {
    return Stream.of(Screen.DESKTOP);
  }

  static Stream<Screen> decisionScreens() {
    return Stream.of(Screen.DESKTOP);
  }
}
