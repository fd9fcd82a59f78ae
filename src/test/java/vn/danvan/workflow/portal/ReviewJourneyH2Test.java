package vn.danvan.workflow.portal;

/** The reviewing bodies' work in the portal on the embedded default database, at the desktop screen. */
class ReviewJourneyH2Test extends ReviewJourneyContract {
}
