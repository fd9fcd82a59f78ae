package vn.danvan.workflow.evaluation;

/** processes/model-evaluation.bpmn: its key and the steps the code refers to. */
public final class EvaluationProcess {

  public static final String KEY = "model-evaluation";
  public static final String SELF_ASSESS_TASK = "Task_SelfAssess";
  public static final String ADJUST_TASK = "Task_AdjustScores";
  public static final String REVIEW_TASK = "Task_ReviewContinuation";

  private EvaluationProcess() {
  }
}
