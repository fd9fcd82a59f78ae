package vn.danvan.workflow.dashboard;

import java.util.List;
import vn.danvan.workflow.support.Chromium.Screen;

/** "Tổng quan" on the embedded default database, on the office PC and on a phone. */
class DashboardJourneyH2Test extends DashboardJourneyContract {

  @Override
  List<Screen> screens() {
    return List.of(Screen.DESKTOP, Screen.PHONE);
  }
}
