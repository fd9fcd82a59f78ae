package vn.danvan.workflow.portal;

import java.util.stream.Stream;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalOnPostgres;

/** "Danh sách mô hình" in the browser on a real PostgreSQL 17 with the production profile, on the desktop screen only (CI time). */
@PortalOnPostgres
class ModelListJourneyPostgresTest extends ModelListJourneyContract {

  static Stream<Screen> screens() {
    return Stream.of(Screen.DESKTOP);
  }
}
