package vn.danvan.workflow.portal;

/** "Danh sách mô hình" in the browser on the embedded default database. */
class ModelListJourneyH2Test extends ModelListJourneyContract {
}
