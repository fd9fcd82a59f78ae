package vn.danvan.workflow.reward;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormValues;
import vn.danvan.workflow.model.SignedDecision;

/** processes/model-reward.bpmn: its key, the steps the code refers to, its variables and decisions. */
public final class RewardProcess {

  public static final String KEY = "model-reward";
  public static final String PREPARE_TASK = "Task_PrepareRewardDossier";
  public static final String REVIEW_TASK = "Task_ReviewRewardDossier";
  public static final String DECIDE_TASK = "Task_DecideReward";
  public static final String UPPER_TASK = "Task_RecordUpperDecision";
  public static final String FORWARD_TASK = "Task_ForwardRewardProposal";

  /** This process's own variables; those of every model process are in {@code ModelVariables}. */
  public static final class Vars {
    public static final String YEAR = "year";
    public static final String AREA_ID = "areaId";
    public static final String COUNCIL_GROUP = "councilGroup";
    public static final String COUNCIL_TITLE = "councilTitle";
    public static final String COUNCIL_AREA_ID = "councilAreaId";
    public static final String REVIEWER_GROUP = "reviewerGroup";
    public static final String REWARD_FORM_OPTIONS = "rewardFormOptions";
    public static final String LETTER_NUMBER = "letterNumber";
    public static final String ACHIEVEMENTS = "achievements";
    public static final String REWARD_FORM = "rewardForm";
    public static final String COUNCIL_NOTE = "councilNote";
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String MISSING_TEXT = "missingText";
    public static final String GRANTOR_GROUP = "grantorGroup";
    public static final String GRANTOR_TITLE = "grantorTitle";
    public static final String GRANTOR_LEVEL = "grantorLevel";
    public static final String REWARD_FORM_NAME = "rewardFormName";
    public static final String FORWARDED = "forwarded";
    public static final String REWARD_REFUSAL_REASON = "rewardRefusalReason";

    private Vars() {
    }
  }

  /** The council's and the authority's answers ({@code decision} in the diagram's gateways) and the history's decision codes. */
  public static final class Decisions {
    public static final String SUBMIT = "SUBMIT";
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String REFUSE = "REFUSE";
    public static final String GRANT = "GRANT";
    public static final String REWARD = "REWARD";
    public static final String NOT_GRANTED = "NOT_GRANTED";
    public static final String FORWARD = "FORWARD";

    private Decisions() {
    }
  }

  /** What the delegates read from each user task's form: FormFieldsReadByDelegatesTest checks the forms have them. */
  public static final Map<String, List<String>> READ_FROM_FORMS = Map.of(
      PREPARE_TASK, List.of(Vars.LETTER_NUMBER, Vars.ACHIEVEMENTS),
      REVIEW_TASK, List.of(FormDescription.DECISION, Vars.REWARD_FORM, Vars.COUNCIL_NOTE, FormValues.MISSING_ITEMS,
          FormValues.MISSING_OTHER, Vars.REFUSAL_REASON),
      DECIDE_TASK, decision(),
      UPPER_TASK, decision());

  private RewardProcess() {
  }

  private static List<String> decision() {
    return Stream.concat(Stream.of(FormDescription.DECISION, Vars.REWARD_REFUSAL_REASON),
        SignedDecision.FIELDS.stream()).toList();
  }
}
