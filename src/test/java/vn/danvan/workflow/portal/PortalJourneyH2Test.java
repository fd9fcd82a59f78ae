package vn.danvan.workflow.portal;

/** The official's day on the embedded default database. */
class PortalJourneyH2Test extends PortalJourneyContract {
}
