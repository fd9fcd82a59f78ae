package vn.danvan.workflow.evaluation;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.form.FormValues;

/** processes/model-evaluation.bpmn: its key, the steps the code refers to, its variables and decisions. */
public final class EvaluationProcess {

  public static final String KEY = "model-evaluation";
  public static final String SELF_ASSESS_TASK = "Task_SelfAssess";
  public static final String ADJUST_TASK = "Task_AdjustScores";
  public static final String RATE_TASK = "Task_RateModel";
  public static final String REVIEW_TASK = "Task_ReviewContinuation";

  /** This process's own variables; those of every model process are in {@code ModelVariables}. */
  public static final class Vars {
    public static final String YEAR = "year";
    public static final String REVIEWER_GROUP = "reviewerGroup";
    public static final String REVIEWER_GROUPS = "reviewerGroups";
    public static final String SELF_NOTE = "selfNote";
    public static final String LATE_NOTE = "lateNote";
    public static final String BONUS = "bonus";
    public static final String ADJUST_REASON = "adjustReason";
    public static final String MISSING_TEXT = "missingText";
    /** The result variable of model-rating.dmn, and what is kept of it. */
    public static final String RATING_RESULT = "ratingResult";
    public static final String RATING = "rating";
    public static final String RATING_LABEL = "ratingLabel";
    public static final String SCORE = "score";
    public static final String RECOGNISABLE = "recognisable";
    public static final String NEEDS_REVIEW = "needsReview";
    public static final String CONTINUATION_NOTE = "continuationNote";
    public static final String REMOVAL_REASON = "removalReason";

    private Vars() {
    }
  }

  /** The reviewers' answers ({@code decision} in the diagram's gateways) and the history's decision codes. */
  public static final class Decisions {
    public static final String SELF_ASSESS = "SELF_ASSESS";
    public static final String LATE = "LATE";
    public static final String ACCEPT = "ACCEPT";
    public static final String ADJUST = "ADJUST";
    public static final String RETURN = "RETURN";
    public static final String RATE = "RATE";
    public static final String KEEP = "KEEP";
    public static final String REMOVE = "REMOVE";

    private Decisions() {
    }
  }

  /** What the delegates read from each user task's form: FormFieldsReadByDelegatesTest checks the forms have them. */
  public static final Map<String, List<String>> READ_FROM_FORMS = Map.of(
      SELF_ASSESS_TASK, Stream.concat(Scores.CRITERIA.stream(), Stream.of(Vars.SELF_NOTE)).toList(),
      ADJUST_TASK, Stream.concat(Scores.CRITERIA.stream(), Stream.of(FormDescription.DECISION, Vars.BONUS,
          Vars.ADJUST_REASON, FormValues.MISSING_ITEMS, FormValues.MISSING_OTHER)).toList(),
      REVIEW_TASK, List.of(FormDescription.DECISION, Vars.CONTINUATION_NOTE, Vars.REMOVAL_REASON));

  private EvaluationProcess() {
  }
}
