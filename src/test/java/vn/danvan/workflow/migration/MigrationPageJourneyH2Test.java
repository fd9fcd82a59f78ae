package vn.danvan.workflow.migration;

/** The administrator's migration journey on the embedded default database, on a desktop and a phone. */
class MigrationPageJourneyH2Test extends MigrationPageJourneyContract {
}
