package vn.danvan.workflow.directive;

/** The Ban Dân vận's board journey on the embedded default database, on a desktop and a phone. */
class DirectiveBoardJourneyH2Test extends DirectiveBoardJourneyContract {
}
