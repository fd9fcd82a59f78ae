package vn.danvan.workflow.task;

/** The reviewer's bulk acceptance in the browser, on the embedded default database. */
class TaskListJourneyH2Test extends TaskListJourneyContract {
}
