package vn.danvan.workflow.petition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.danvan.workflow.calendar.VietnamTime;
import vn.danvan.workflow.form.FormOptions;
import vn.danvan.workflow.process.BusinessKey;

/**
 * Starts a petition's process (processes/petition-*.bpmn), keyed {@code petition:<id>}. The variables carry what
 * the officers' forms show; the petitioner's identity is never one of them.
 */
@Component
public class PetitionProcess {

  public static final String FEEDBACK = "petition-feedback";
  public static final String COMPLAINT = "petition-complaint";
  public static final String DENUNCIATION = "petition-denunciation";

  public static final String ACCEPT_FEEDBACK = "Task_SortFeedback";
  public static final String ANSWER_FEEDBACK = "Task_AnswerFeedback";
  public static final String ACCEPT_COMPLAINT = "Task_AcceptComplaint";
  public static final String SETTLE_COMPLAINT = "Task_SettleComplaint";
  public static final String ACCEPT_DENUNCIATION = "Task_AcceptDenunciation";
  public static final String SETTLE_DENUNCIATION = "Task_SettleDenunciation";

  public static final class Vars {
    public static final String PETITION_ID = "petitionId";
    public static final String TRACKING_CODE = "trackingCode";
    public static final String KIND_LABEL = "kindLabel";
    public static final String SUBJECT = "subject";
    public static final String CONTENT = "content";
    /** The task lists' "name" column (process variable {@code name}, as the model processes have). */
    public static final String NAME = "name";
    public static final String UNIT_ID = "unitId";
    public static final String UNIT_NAME = "unitName";
    public static final String YEAR = "year";
    public static final String CHAIR_GROUP = "chairGroup";
    public static final String DEPARTMENTS = "departments";
    public static final String RECEIVED_ON = "receivedOnText";
    public static final String ACCEPT_DUE_AT = "acceptDueAt";
    public static final String ACCEPT_OVERDUE_AT = "acceptOverdueAt";
    public static final String DUE_TEXT = "dueText";
    public static final String SETTLE_DUE_AT = "settleDueAt";
    public static final String SETTLE_OVERDUE_AT = "settleOverdueAt";
    public static final String DECISION = "decision";
    public static final String HANDLING_UNIT = "handlingUnitId";
    public static final String COMPLEXITY = "complexity";
    public static final String REMOTE_AREA = "remoteArea";
    public static final String REFER_TO = "referTo";
    public static final String MERGE_INTO = "mergeInto";
    public static final String REASON = "reason";
    public static final String TRANSFER_REASON = "transferReason";
    /** The acceptance's choices: "merge" only when there is an open petition of the unit to merge into. */
    public static final String ACCEPT_DECISIONS = "acceptDecisions";
    /** The open petitions of the same unit a duplicate may be merged into, by tracking code. */
    public static final String DUPLICATES = "duplicates";
    public static final String OUTCOME = "outcome";
    public static final String EXTENSION_REASON = "extensionReason";

    private Vars() {
    }
  }

  public static final class Decisions {
    public static final String ACCEPT = "ACCEPT";
    public static final String REFUSE = "REFUSE";
    public static final String REFER = "REFER";
    public static final String MERGE = "MERGE";
    public static final String SETTLE = "SETTLE";
    public static final String EXTEND = "EXTEND";

    private Decisions() {
    }
  }

  /** For each user task of each process, the fields its delegates and gateways read from its form. */
  public static final Map<String, List<String>> FEEDBACK_READ_FROM_FORMS = Map.of(
      ACCEPT_FEEDBACK, List.of(Vars.DECISION, Vars.HANDLING_UNIT, Vars.REFER_TO, Vars.TRANSFER_REASON,
          Vars.MERGE_INTO),
      ANSWER_FEEDBACK, List.of(Vars.OUTCOME));
  public static final Map<String, List<String>> COMPLAINT_READ_FROM_FORMS = Map.of(
      ACCEPT_COMPLAINT, List.of(Vars.DECISION, Vars.HANDLING_UNIT, Vars.COMPLEXITY, Vars.REMOTE_AREA, Vars.REFER_TO,
          Vars.TRANSFER_REASON, Vars.MERGE_INTO, Vars.REASON),
      SETTLE_COMPLAINT, List.of(Vars.DECISION, Vars.OUTCOME, Vars.EXTENSION_REASON));
  public static final Map<String, List<String>> DENUNCIATION_READ_FROM_FORMS = Map.of(
      ACCEPT_DENUNCIATION, List.of(Vars.DECISION, Vars.HANDLING_UNIT, Vars.COMPLEXITY, Vars.REFER_TO,
          Vars.TRANSFER_REASON, Vars.MERGE_INTO, Vars.REASON),
      SETTLE_DENUNCIATION, List.of(Vars.DECISION, Vars.OUTCOME, Vars.EXTENSION_REASON));

  /** The role group of a unit's leaders (the chair of a commune's people's committee): {@code lanh-dao-<unit>}. */
  public static String leaderGroup(String unitId) {
    return "lanh-dao-" + unitId;
  }

  private final RuntimeService runtime;
  private final PetitionClocks clocks;

  PetitionProcess(RuntimeService runtime, PetitionClocks clocks) {
    this.runtime = runtime;
    this.clocks = clocks;
  }

  String start(Petition petition, String unitName, List<FormOptions.Option> departments,
      List<FormOptions.Option> duplicates) {
    return runtime.startProcessInstanceByKey(petition.getKind().processKey(),
        BusinessKey.petition(petition.getId()), variables(petition, unitName, departments, duplicates, clocks))
        .getId();
  }

  /** The acceptance's decisions for this kind: feedback is not refused (it is answered or sent on). */
  static List<FormOptions.Option> acceptDecisions(PetitionKind kind, boolean duplicates) {
    List<FormOptions.Option> options = new java.util.ArrayList<>();
    options.add(new FormOptions.Option(kind == PetitionKind.KIEN_NGHI || kind == PetitionKind.PHAN_ANH
        ? "Giao phòng ban xử lý" : "Thụ lý, giao phòng ban giải quyết", Decisions.ACCEPT));
    if (kind == PetitionKind.KHIEU_NAI || kind == PetitionKind.TO_CAO) {
      options.add(new FormOptions.Option("Không thụ lý", Decisions.REFUSE));
    }
    options.add(new FormOptions.Option("Chuyển cơ quan có thẩm quyền", Decisions.REFER));
    if (duplicates) {
      options.add(new FormOptions.Option("Gộp với đơn trùng nội dung", Decisions.MERGE));
    }
    return options;
  }

  static Map<String, Object> variables(Petition petition, String unitName, List<FormOptions.Option> departments,
      List<FormOptions.Option> duplicates, PetitionClocks clocks) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(Vars.PETITION_ID, petition.getId());
    vars.put(Vars.TRACKING_CODE, petition.getTrackingCode());
    vars.put(Vars.KIND_LABEL, petition.getKind().label());
    vars.put(Vars.SUBJECT, petition.getSubject());
    vars.put(Vars.CONTENT, petition.getContent());
    vars.put(Vars.NAME, petition.getKind().label() + " " + petition.getTrackingCode() + ": " + petition.getSubject());
    vars.put(Vars.UNIT_ID, petition.getReceivingUnitId());
    vars.put(Vars.UNIT_NAME, unitName);
    vars.put(Vars.YEAR, petition.getReceivedOn().getYear());
    vars.put(Vars.CHAIR_GROUP, leaderGroup(petition.getReceivingUnitId()));
    vars.put(Vars.DEPARTMENTS, FormOptions.of(departments));
    vars.put(Vars.DUPLICATES, FormOptions.of(duplicates));
    vars.put(Vars.ACCEPT_DECISIONS, FormOptions.of(acceptDecisions(petition.getKind(), !duplicates.isEmpty())));
    vars.put(Vars.RECEIVED_ON, VietnamTime.format(petition.getReceivedOn()));
    vars.put(Vars.ACCEPT_DUE_AT, clocks.dueAt(petition.getAcceptDueOn()));
    vars.put(Vars.ACCEPT_OVERDUE_AT, clocks.overdueAt(petition.getAcceptDueOn()));
    vars.put(Vars.DUE_TEXT, VietnamTime.format(petition.getAcceptDueOn()));
    return vars;
  }
}
