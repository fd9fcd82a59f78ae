package vn.danvan.workflow.portal;

import vn.danvan.workflow.support.Chromium.Screen;
import vn.danvan.workflow.support.PortalOnPostgres;

/**
 * The reviewing bodies' work on a real PostgreSQL 17 with the production profile (the desktop, as on H2), in the
 * browser suites' shared service and database: its campaigns are of years no other suite opens. Only the walk from
 * self-assessment to reward runs here; the returned registration's walk runs on H2, and its pages and queries on
 * PostgreSQL are walked by {@code PortalJourneyPostgresTest} and the page suites, for the build's fifteen minutes.
 */
@PortalOnPostgres
class ReviewJourneyPostgresTest extends ReviewJourneyContract {

  /** Not a test here: JUnit runs an inherited test method only when it is not overridden. */
  @Override
  void aReturnedRegistrationIsRevisedWithAFileResubmittedAndApproved(Screen screen) {
  }
}
