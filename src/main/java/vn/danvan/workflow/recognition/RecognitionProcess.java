package vn.danvan.workflow.recognition;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.danvan.workflow.form.FormDescription;
import vn.danvan.workflow.model.SignedDecision;

/** processes/model-recognition.bpmn: its key, the steps the code refers to, its variables and decisions. */
public final class RecognitionProcess {

  public static final String KEY = "model-recognition";
  public static final String PROPOSE_TASK = "Task_ProposeRecognition";
  public static final String DECIDE_TASK = "Task_DecideRecognition";
  public static final String OUTSTANDING_TASK = "Task_SelectOutstanding";
  public static final String PUBLICISE_TASK = "Task_PublicizeOutstanding";
  public static final String REPLICATION_TASK = "Task_TrackReplication";

  /** This process's own variables; a round also carries {@code ModelVariables}' name and unit, for the task lists. */
  public static final class Vars {
    /** Set in yearly-campaign for its call activity, one round per level. */
    public static final String ROUND_IDS = "roundIds";
    public static final String ROUND_COUNT = "roundCount";
    public static final String ROUND_ID = "roundId";
    public static final String YEAR = "year";
    public static final String ROUND_NAME = "roundName";
    public static final String AREA_NAME = "areaName";
    public static final String AREA_ID = "areaId";
    public static final String LEVEL_NAME = "levelName";
    public static final String PROPOSER_GROUP = "proposerGroup";
    public static final String DECIDER_GROUP = "deciderGroup";
    public static final String DECIDER_TITLE = "deciderTitle";
    public static final String PUBLICIST_GROUP = "publicistGroup";
    public static final String CANDIDATE_OPTIONS = "candidateOptions";
    public static final String CANDIDATES_TEXT = "candidatesText";
    public static final String PROPOSED_MODELS = "proposedModels";
    public static final String MINUTES_NUMBER = "minutesNumber";
    public static final String MINUTES_DATE = "minutesDate";
    public static final String PROPOSAL_NOTE = "proposalNote";
    public static final String PROPOSED_OPTIONS = "proposedOptions";
    public static final String PROPOSED_TEXT = "proposedText";
    public static final String RECOGNISED_MODELS = "recognisedModels";
    public static final String RECOGNISED_OPTIONS = "recognisedOptions";
    public static final String RECOGNISED_COUNT = "recognisedCount";
    public static final String RETURN_REASON = "returnReason";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String OUTSTANDING_MODELS = "outstandingModels";
    public static final String OUTSTANDING_NOTE = "outstandingNote";
    public static final String OUTSTANDING_MODEL_IDS = "outstandingModelIds";
    public static final String OUTSTANDING_OPTIONS = "outstandingOptions";
    public static final String OUTSTANDING_TEXT = "outstandingText";
    public static final String HAS_OUTSTANDING = "hasOutstanding";
    public static final String UNIT_OPTIONS = "unitOptions";
    public static final String CHANNEL = "channel";
    public static final String PUBLICATION_TITLE = "publicationTitle";
    public static final String PUBLISHED_ON = "publishedOn";
    public static final String PUBLICATION_LINK = "publicationLink";
    public static final String REPLICATED_MODEL = "replicatedModel";
    public static final String ADOPTING_UNITS = "adoptingUnits";
    public static final String ADOPTED_ON = "adoptedOn";
    public static final String REPLICATION_NOTE = "replicationNote";
    public static final String RECORD_MORE = "recordMore";

    private Vars() {
    }
  }

  /** The deciding body's answers ({@code decision} in the diagram's gateway) and the history's decision codes. */
  public static final class Decisions {
    public static final String PROPOSE = "PROPOSE";
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String REJECT = "REJECT";
    public static final String RECOGNISE = "RECOGNISE";
    public static final String NOT_RECOGNISED = "NOT_RECOGNISED";
    public static final String SELECT_OUTSTANDING = "SELECT_OUTSTANDING";
    public static final String PUBLICISE = "PUBLICISE";
    public static final String REPLICATE = "REPLICATE";

    private Decisions() {
    }
  }

  /**
   * What the delegates (and a gateway: recordMore) read from each user task's form: FormFieldsReadByDelegatesTest
   * checks the forms have them.
   */
  public static final Map<String, List<String>> READ_FROM_FORMS = Map.of(
      PROPOSE_TASK, List.of(Vars.PROPOSED_MODELS, Vars.MINUTES_NUMBER, Vars.MINUTES_DATE, Vars.PROPOSAL_NOTE),
      DECIDE_TASK, Stream.concat(Stream.of(FormDescription.DECISION, Vars.RECOGNISED_MODELS, Vars.RETURN_REASON,
          Vars.REJECTION_REASON), SignedDecision.FIELDS.stream()).toList(),
      OUTSTANDING_TASK, List.of(Vars.OUTSTANDING_MODELS, Vars.OUTSTANDING_NOTE),
      PUBLICISE_TASK, List.of(Vars.CHANNEL, Vars.PUBLICATION_TITLE, Vars.PUBLISHED_ON, Vars.PUBLICATION_LINK),
      REPLICATION_TASK, List.of(Vars.REPLICATED_MODEL, Vars.ADOPTING_UNITS, Vars.ADOPTED_ON, Vars.REPLICATION_NOTE,
          Vars.RECORD_MORE));

  private RecognitionProcess() {
  }
}
