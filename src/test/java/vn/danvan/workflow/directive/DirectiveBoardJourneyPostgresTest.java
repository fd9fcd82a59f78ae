package vn.danvan.workflow.directive;

import java.util.stream.Stream;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalOnPostgres;

/** The board journey on a real PostgreSQL 17 with the production profile, on a desktop (the phone runs on H2). */
@PortalOnPostgres
class DirectiveBoardJourneyPostgresTest extends DirectiveBoardJourneyContract {

  static Stream<Screen> screens() {
    return Stream.of(Screen.DESKTOP);
  }

}
