package vn.danvan.workflow.reward;

/** processes/model-reward.bpmn: its key and the steps the code refers to. */
public final class RewardProcess {

  public static final String KEY = "model-reward";
  public static final String PREPARE_TASK = "Task_PrepareRewardDossier";
  public static final String REVIEW_TASK = "Task_ReviewRewardDossier";
  public static final String DECIDE_TASK = "Task_DecideReward";
  public static final String UPPER_TASK = "Task_RecordUpperDecision";

  private RewardProcess() {
  }
}
