package vn.danvan.workflow.showcase;

import java.util.stream.Stream;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalOnPostgres;

/** The visitor's walk on a real PostgreSQL 17 with the production profile, on the desktop screen only (CI time) (the queries are plain SQL). */
@PortalOnPostgres
class ShowcaseJourneyPostgresTest extends ShowcaseJourneyContract {

  static Stream<Screen> screens() {
    return Stream.of(Screen.DESKTOP);
  }
}
