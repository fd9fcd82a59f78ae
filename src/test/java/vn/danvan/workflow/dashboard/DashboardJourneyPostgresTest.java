package vn.danvan.workflow.dashboard;

import java.util.List;
import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalOnPostgres;

/** "Tổng quan" on a real PostgreSQL 17 with the production profile (the SQL of its figures), on the office PC. */
@PortalOnPostgres
class DashboardJourneyPostgresTest extends DashboardJourneyContract {

  @Override
  List<Screen> screens() {
    return List.of(Screen.DESKTOP);
  }
}
