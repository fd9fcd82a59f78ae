package vn.danvan.workflow.recognition;

/** processes/model-recognition.bpmn: its key and the steps the code refers to. */
public final class RecognitionProcess {

  public static final String KEY = "model-recognition";
  public static final String PROPOSE_TASK = "Task_ProposeRecognition";
  public static final String DECIDE_TASK = "Task_DecideRecognition";
  public static final String OUTSTANDING_TASK = "Task_SelectOutstanding";
  public static final String PUBLICISE_TASK = "Task_PublicizeOutstanding";
  public static final String REPLICATION_TASK = "Task_TrackReplication";

  private RecognitionProcess() {
  }
}
