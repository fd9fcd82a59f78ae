package vn.danvan.workflow.portal;

import java.util.stream.Stream;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalOnPostgres;

/** The reviewing bodies' work on a real PostgreSQL 17 with the production profile: the desktop only (CI time). */
@PortalOnPostgres
class ReviewJourneyPostgresTest extends ReviewJourneyContract {

  static Stream<Screen> screens() {
    return Stream.of(Screen.DESKTOP);
  }
}
