package vn.danvan.workflow.portal;

/** The reviewing bodies' work in the portal on the embedded default database, at both screens. */
class ReviewJourneyH2Test extends ReviewJourneyContract {
}
