package vn.danvan.workflow.showcase;

/** The visitor's walk on the embedded default database. */
class ShowcaseJourneyH2Test extends ShowcaseJourneyContract {
}
