package vn.danvan.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.danvan.workflow.organisation.Authorities;
import vn.danvan.workflow.organisation.Power;
import vn.danvan.workflow.petition.Petition;
import vn.danvan.workflow.petition.PetitionChannel;
import vn.danvan.workflow.petition.PetitionKind;
import vn.danvan.workflow.petition.PetitionProcess;
import vn.danvan.workflow.petition.PetitionReceipt;
import vn.danvan.workflow.petition.Petitions;
import vn.danvan.workflow.process.BusinessKey;
import vn.danvan.workflow.recognition.RecognitionCandidate;
import vn.danvan.workflow.recognition.RecognitionCandidateRepository;
import vn.danvan.workflow.recognition.RecognitionRound;
import vn.danvan.workflow.recognition.RecognitionRoundRepository;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * Issue 13.3: for every user task of every process in processes/, a corpus generated from the task's own form
 * as GET /api/tasks/{id} describes it (valid values for each decision, each required field left out, each
 * optional field left out, each constraint broken in turn, wrong types, unknown keys, a read-only field changed)
 * goes through /api/tasks/{id}/complete and through engine-rest (complete, and submit-form as Tasklist does).
 * Never a 5xx; what breaks a constraint is a 4xx; what fits is a 2xx that leaves the process where the BPMN's
 * gateway sends the form's decision.
 */
class FormCorpusTest extends ServiceOnH2 {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER = "admin";
  private static final Pattern EQUALS = Pattern.compile("\\$\\{\\s*(\\w+)\\s*==\\s*'([^']*)'\\s*}");
  private static final Pattern FLAG = Pattern.compile("\\$\\{\\s*(!?)\\s*(\\w+)\\s*}");
  private static final Pattern HIDE_UNLESS = Pattern.compile("(\\w+)\\s*!=\\s*\"([^\"]*)\"");
  private static final AtomicInteger YEARS = new AtomicInteger(2100);

  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;
  @Autowired
  ProcessEngine engine;
  @Autowired
  Authorities authorities;
  @Autowired
  RecognitionRoundRepository rounds;
  @Autowired
  RecognitionCandidateRepository candidates;
  @Autowired
  Petitions petitions;

  /** A step of a process: how a fresh instance is brought to it. */
  record Step(String process, String task, Supplier<String> reach) {
  }

  enum Route { API, ENGINE_REST }

  record Case(String name, Map<String, Object> submission, boolean valid) {
  }

  @TestFactory
  Stream<DynamicTest> everyUserTaskOfEveryProcessAnswersItsCorpusWithout5xx() throws IOException {
    List<Step> steps = steps();
    assertThat(steps).extracting(Step::task).containsExactlyInAnyOrderElementsOf(userTasksInProcessesFolder());
    return steps.stream().flatMap(step -> Stream.of(Route.values()).map(path -> DynamicTest.dynamicTest(
        step.task() + " through " + path, () -> corpus(step, path))));
  }

  private void corpus(Step step, Route path) {
    // engine-rest finds its engine in Camunda's static registry: with several test contexts in one JVM, the
    // last one started would answer; this context's engine answers here
    ProcessEngine previous = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
    ProcessEngines.registerProcessEngine(engine);
    try {
      run(step, path);
    } finally {
      if (previous != null) {
        ProcessEngines.registerProcessEngine(previous); // as the other suites expect it
      }
    }
  }

  private void run(Step step, Route path) {
    SoftAssertions soft = new SoftAssertions();
    String taskId = step.reach().get();
    List<Case> cases = cases(form(taskId));
    assertThat(cases).as("corpus of %s", step.task()).hasSizeGreaterThan(3);
    int valid = 0;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
      String processInstance = task.getProcessInstanceId();
      String expected = expectedNext(step, c.submission());
      long passedBefore = reached(processInstance, expected);
      ResponseEntity<Map<String, Object>> answer = complete(path, taskId, c.submission(), i % 2 == 1);
      int status = answer.getStatusCode().value();
      String what = step.task() + " / " + path + " / " + c.name() + " " + c.submission() + " -> " + answer.getBody();
      soft.assertThat(status).as(what).isLessThan(500);
      if (!c.valid()) {
        soft.assertThat(status).as(what).isBetween(400, 499);
      } else {
        soft.assertThat(status).as(what).isBetween(200, 299);
      }
      if (status >= 200 && status < 300) {
        valid++;
        soft.assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("%s: task done", what).isZero();
        soft.assertThat(reached(processInstance, expected)).as("%s: reached %s", what, expected)
            .isGreaterThan(passedBefore);
        taskId = step.reach().get();
        cases = cases(form(taskId)); // the same corpus with this instance's options (ids differ)
      } else if (status >= 400 && status < 500 && path == Route.API) {
        soft.assertThat(answer.getBody()).as(what).containsKey("errors");
      }
    }
    soft.assertThat(valid).as("%s through %s: some cases were completed", step.task(), path).isPositive();
    soft.assertAll();
  }

  // --- the corpus, from the form as the API describes it ----------------------------------------------------

  @SuppressWarnings("unchecked")
  private static List<Case> cases(Map<String, Object> form) {
    List<Map<String, Object>> fields = (List<Map<String, Object>>) form.get("fields");
    List<Map<String, Object>> editable = fields.stream()
        .filter(f -> !Boolean.TRUE.equals(f.get("readonly")) && !Boolean.TRUE.equals(f.get("disabled"))).toList();
    Map<String, Object> decisionField = editable.stream()
        .filter(f -> "radio".equals(f.get("type")) && Boolean.TRUE.equals(f.get("required"))).findFirst()
        .orElse(null);
    List<Case> cases = new ArrayList<>();
    java.util.Set<String> broken = new java.util.HashSet<>();
    java.util.Set<String> typed = new java.util.HashSet<>();
    List<Object> decisions = decisionField == null ? java.util.Collections.singletonList(null)
        : options(decisionField);
    for (Object decision : decisions) {
      String label = decision == null ? "" : decisionField.get("key") + "=" + decision + " ";
      Map<String, Object> base = new LinkedHashMap<>();
      List<Map<String, Object>> visible = new ArrayList<>();
      for (Map<String, Object> field : editable) {
        if (hiddenUnder(field, decisionField, decision)) {
          continue;
        }
        Object value = field == decisionField ? decision : validValue(field);
        if (value == null) {
          continue; // nothing can be chosen (an empty option list): it stays out
        }
        visible.add(field);
        base.put((String) field.get("key"), value);
      }
      cases.add(new Case(label + "valid", base, true));
      for (Map<String, Object> field : visible) {
        String key = (String) field.get("key");
        // form-js submits a field left as it is with the task's value, else its default: either meets required
        boolean needed = Boolean.TRUE.equals(field.get("required")) && blank(field.get("value"))
            && blank(field.get("defaultValue"));
        if (field != decisionField) {
          cases.add(new Case(label + (needed ? "required " : "optional ") + key + " left out", without(base, key),
              !needed));
        }
        if (broken.add(key)) { // each field's constraints once, under the first decision that shows it
          // wrong types once per type of field (one code path), the field's own constraints for each field
          for (Map.Entry<String, Object> wrong : broken(field, needed, typed.add((String) field.get("type")))
              .entrySet()) {
            cases.add(new Case(label + key + " " + wrong.getKey(), with(base, key, wrong.getValue()), false));
          }
        }
      }
      if (decision == decisions.get(0)) {
        cases.add(new Case(label + "unknown key", with(base, "khongCoTrongBieuMau", "x"), false));
      }
    }
    Map<String, Object> anyValid = cases.get(0).submission();
    fields.stream().filter(f -> Boolean.TRUE.equals(f.get("readonly"))).findFirst().ifPresent(f -> cases.add(
        new Case("read-only " + f.get("key") + " changed", with(anyValid, (String) f.get("key"),
            "number".equals(f.get("type")) ? 1 : "Đã đổi"), false)));
    // nothing submitted: every field as the task holds it, else its default
    cases.add(new Case("nothing submitted", Map.of(), editable.stream().noneMatch(f -> Boolean.TRUE.equals(
        f.get("required")) && blank(f.get("value")) && blank(f.get("defaultValue")))));
    return cases;
  }

  /** The forms hide by a decision with "key != \"VALUE\"" (other conditions look at read-only values). */
  private static boolean hiddenUnder(Map<String, Object> field, Map<String, Object> decisionField, Object decision) {
    String hide = (String) field.get("hideIf");
    if (hide == null || decisionField == null) {
      return false;
    }
    Matcher m = HIDE_UNLESS.matcher(hide);
    return m.find() && m.group(1).equals(decisionField.get("key")) && !m.group(2).equals(decision);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> options(Map<String, Object> field) {
    return ((List<Map<String, Object>>) field.getOrDefault("options", List.of())).stream()
        .map(o -> o.get("value")).toList();
  }

  private static Object validValue(Map<String, Object> field) {
    List<Object> options = options(field);
    return switch ((String) field.get("type")) {
      case "number" -> field.get("max") != null ? ((Number) field.get("max")).intValue() : 1;
      case "checkbox" -> false;
      case "checklist", "taglist" -> options.isEmpty() ? null : List.of(options.get(0));
      case "select", "radio" -> options.isEmpty() ? null : options.get(0);
      case "datetime" -> "2026-12-20";
      default -> "Thử " + field.get("key");
    };
  }

  /** Each constraint of the field broken in turn, and values of the wrong type. */
  private static boolean blank(Object value) {
    return value == null || "".equals(value) || Boolean.FALSE.equals(value)
        || value instanceof Collection<?> items && items.isEmpty();
  }

  private static Map<String, Object> broken(Map<String, Object> field, boolean needed, boolean wrongTypes) {
    Map<String, Object> broken = new LinkedHashMap<>();
    switch ((String) field.get("type")) {
      case "number" -> {
        if (field.get("min") != null) {
          broken.put("below min", new BigDecimal(field.get("min").toString()).subtract(BigDecimal.ONE).intValue());
        }
        if (field.get("max") != null) {
          broken.put("above max", 80);
        }
        if (Integer.valueOf(0).equals(field.get("decimalDigits"))) {
          broken.put("with decimals", 2.5);
        }
        if (wrongTypes) {
          broken.put("as text", "8");
          broken.put("as list", List.of(8));
        }
      }
      case "checkbox" -> {
        broken.put("as text", "có");
        broken.put("as number", 1);
      }
      case "checklist", "taglist" -> {
        broken.put("unknown item", List.of("KHONG_CO"));
        if (wrongTypes) {
          broken.put("as text", options(field).isEmpty() ? "x" : String.valueOf(options(field).get(0)));
          broken.put("list of lists", List.of(List.of("x")));
        }
      }
      case "select", "radio" -> {
        broken.put("unknown option", "KHONG_CO");
        if (wrongTypes) {
          broken.put("as list", List.of(options(field).isEmpty() ? "x" : options(field).get(0)));
          broken.put("as object", Map.of("value", "x"));
        }
      }
      case "datetime" -> {
        broken.put("not a date", "20/12/2026");
        if (wrongTypes) {
          broken.put("as number", 20261220);
        }
      }
      default -> {
        if (field.get("maxLength") != null) {
          broken.put("too long", "x".repeat(((Number) field.get("maxLength")).intValue() + 1));
        }
        if (field.get("minLength") != null) {
          broken.put("too short", "x".repeat(Math.max(0, ((Number) field.get("minLength")).intValue() - 1)));
        }
        if (wrongTypes) {
          broken.put("as number", 42);
          broken.put("as list", List.of("a"));
          broken.put("control characters", "a\u0000b");
        }
      }
    }
    if (needed) {
      broken.put("null", null);
      if (!"checkbox".equals(field.get("type")) && !"number".equals(field.get("type"))) {
        broken.put("empty", List.of("checklist", "taglist").contains(field.get("type")) ? List.of() : "");
      }
    }
    return broken;
  }

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.put(key, value);
    return copy;
  }

  private static Map<String, Object> without(Map<String, Object> base, String key) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.remove(key);
    return copy;
  }

  // --- through the API and engine-rest ----------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private Map<String, Object> form(String taskId) {
    ResponseEntity<Map<String, Object>> detail = Api.as(rest, USER).get("/api/tasks/" + taskId);
    assertThat(detail.getStatusCode().value()).as("GET task %s: %s", taskId, detail.getBody()).isEqualTo(200);
    return (Map<String, Object>) detail.getBody().get("form");
  }

  private ResponseEntity<Map<String, Object>> complete(Route path, String taskId, Map<String, Object> submission,
      boolean submitForm) {
    if (path == Route.API) {
      return Api.as(rest, USER).post("/api/tasks/" + taskId + "/complete", Map.of("variables", submission));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    submission.forEach((key, value) -> variables.put(key, value instanceof Collection<?> || value instanceof Map<?, ?>
        ? Map.of("type", "Json", "value", jsonText(value)) : java.util.Collections.singletonMap("value", value)));
    return Api.as(rest, USER).post("/engine-rest/task/" + taskId + (submitForm ? "/submit-form" : "/complete"),
        Map.of("variables", variables));
  }

  /** How often the instance reached the node: passed it, or waits before it (an asynchronous continuation). */
  private long reached(String processInstanceId, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityId(activityId)
        .count() + management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).count();
  }

  // --- where a decision leads, read from the BPMN --------------------------------------------------------------

  private final Map<String, BpmnModelInstance> models = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The node the process must pass after the task is completed with this submission: past the task's service
   * tasks and joins, the target of the gateway's flow whose condition the submission meets (conditions on a
   * form field: {@code ${key == 'VALUE'}}, {@code ${key}}, {@code ${!key}}); else the first node after the task.
   */
  private String expectedNext(Step step, Map<String, Object> submission) {
    BpmnModelInstance model = models.computeIfAbsent(step.process(), process -> {
      try (InputStream in = Files.newInputStream(java.nio.file.Path.of("processes", process + ".bpmn"))) {
        return Bpmn.readModelFromStream(in);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    FlowNode first = model.<UserTask>getModelElementById(step.task()).getOutgoing().iterator().next().getTarget();
    FlowNode node = first;
    for (int hops = 0; hops < 5; hops++) {
      Collection<SequenceFlow> outgoing = node.getOutgoing();
      if (node instanceof ExclusiveGateway && outgoing.size() > 1) {
        for (SequenceFlow flow : outgoing) {
          if (flow.getConditionExpression() != null && meets(flow.getConditionExpression().getTextContent(),
              submission)) {
            return flow.getTarget().getId();
          }
        }
        return first.getId();
      }
      if (outgoing.size() != 1 || !(node instanceof ExclusiveGateway || node instanceof ServiceTask)) {
        return first.getId();
      }
      node = outgoing.iterator().next().getTarget();
    }
    return first.getId();
  }

  private static boolean meets(String condition, Map<String, Object> submission) {
    Matcher equals = EQUALS.matcher(condition);
    if (equals.matches()) {
      return equals.group(2).equals(submission.get(equals.group(1)));
    }
    Matcher flag = FLAG.matcher(condition);
    if (flag.matches() && submission.containsKey(flag.group(2))) {
      return Boolean.TRUE.equals(submission.get(flag.group(2))) != flag.group(1).equals("!");
    }
    if (flag.matches() && flag.group(2).equals("recordMore")) {
      return flag.group(1).equals("!"); // left out: form-js submits the checkbox's default, false
    }
    return false;
  }

  private static List<String> userTasksInProcessesFolder() throws IOException {
    List<String> keys = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of("processes"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)
            .forEach(task -> keys.add(task.getId()));
      }
    }
    return keys;
  }

  // --- bringing a fresh instance to each step ------------------------------------------------------------------

  private List<Step> steps() {
    return List.of(
        new Step("model-registration", "Task_ReviewRegistration", () -> registration()),
        new Step("model-registration", "Task_ReviseRegistration", () -> advance(registration(),
            Map.of("decision", "RETURN", "missingItems", json(List.of("Thiếu nguồn lực thực hiện")),
                "missingOther", ""), "Task_ReviseRegistration")),
        new Step("model-evaluation", "Task_SelfAssess", () -> evaluation()),
        new Step("model-evaluation", "Task_AdjustScores", () -> advance(evaluation(), selfAssessment(), "Task_AdjustScores")),
        new Step("model-evaluation", "Task_ReviewContinuation", () -> advance(advance(evaluation(),
            selfAssessment(), "Task_AdjustScores"), Map.of("decision", "ACCEPT", "creativity", 0, "effectiveness", 0, "consensus", 0,
            "sustainability", 0, "bonus", 0, "adjustReason", "Chưa đạt yêu cầu"), "Task_ReviewContinuation")),
        new Step("model-recognition", "Task_ProposeRecognition", () -> recognition()),
        new Step("model-recognition", "Task_DecideRecognition", () -> proposed()),
        new Step("model-recognition", "Task_SelectOutstanding", () -> recognised()),
        new Step("model-recognition", "Task_PublicizeOutstanding", () -> outstanding("Task_PublicizeOutstanding")),
        new Step("model-recognition", "Task_TrackReplication", () -> outstanding("Task_TrackReplication")),
        new Step("model-reward", "Task_PrepareRewardDossier", () -> reward()),
        new Step("model-reward", "Task_ReviewRewardDossier", () -> advance(reward(), dossier(), "Task_ReviewRewardDossier")),
        new Step("model-reward", "Task_DecideReward", () -> councilProposes(0)),
        new Step("model-reward", "Task_RecordUpperDecision", () -> councilProposes(1)),
        new Step("directive-implementation", "Task_SubmitPlan", () -> directive()),
        new Step("directive-implementation", "Task_ReviewPlan", () -> advance(directive(), plan(), "Task_ReviewPlan")),
        new Step("directive-implementation", "Task_SubmitReport", () -> reportRound()),
        new Step("directive-implementation", "Task_ConsolidateReports", () -> advance(reportRound(),
            Map.of("results", "Xây dựng 2 mô hình mới"), "Task_ConsolidateReports")),
        new Step(PetitionProcess.FEEDBACK, PetitionProcess.ACCEPT_FEEDBACK, () -> petition(PetitionKind.PHAN_ANH)),
        new Step(PetitionProcess.FEEDBACK, PetitionProcess.ANSWER_FEEDBACK,
            () -> petitionAccepted(PetitionKind.PHAN_ANH, "NORMAL", PetitionProcess.ANSWER_FEEDBACK)),
        new Step(PetitionProcess.COMPLAINT, PetitionProcess.ACCEPT_COMPLAINT, () -> petition(PetitionKind.KHIEU_NAI)),
        new Step(PetitionProcess.COMPLAINT, PetitionProcess.SETTLE_COMPLAINT,
            () -> petitionAccepted(PetitionKind.KHIEU_NAI, "NORMAL", PetitionProcess.SETTLE_COMPLAINT)),
        new Step(PetitionProcess.DENUNCIATION, PetitionProcess.ACCEPT_DENUNCIATION, () -> petition(PetitionKind.TO_CAO)),
        // very complex, so that an extension is allowed (Luật Tố cáo 2018 art. 30)
        new Step(PetitionProcess.DENUNCIATION, PetitionProcess.SETTLE_DENUNCIATION,
            () -> petitionAccepted(PetitionKind.TO_CAO, "VERY_COMPLEX", PetitionProcess.SETTLE_DENUNCIATION)));
  }

  private String petition(PetitionKind kind) {
    Petition petition = petitions.receive(new PetitionReceipt(kind, PetitionChannel.ONLINE, "ubnd-huyen",
        "Người thử biểu mẫu", null, null, "Thử biểu mẫu " + System.nanoTime(), "Nội dung thử"));
    return waiting(petition.getProcessInstanceId(), kind.processKey().equals(PetitionProcess.FEEDBACK)
        ? PetitionProcess.ACCEPT_FEEDBACK : kind == PetitionKind.KHIEU_NAI ? PetitionProcess.ACCEPT_COMPLAINT
        : PetitionProcess.ACCEPT_DENUNCIATION);
  }

  private String petitionAccepted(PetitionKind kind, String complexity, String next) {
    return advance(petition(kind), Map.of("decision", "ACCEPT", "handlingUnitId", "ubnd-huyen",
        "complexity", complexity), next);
  }

  private String registration() {
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "commune1")
        .post("/api/models", Api.registration("xa-xuan-hong", "Mô hình thử biểu mẫu " + System.nanoTime()));
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String businessKey = BusinessKey.model(((Number) created.getBody().get("id")).longValue());
    return hold(tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey("Task_ReviewRegistration").singleResult());
  }

  private long registeredModel() {
    String review = registration();
    long id = BusinessKey.modelId(runtime.createProcessInstanceQuery()
        .processInstanceId(tasks.createTaskQuery().taskId(review).singleResult().getProcessInstanceId())
        .singleResult().getBusinessKey());
    tasks.complete(review, Variables.putValue("decision", "APPROVE"));
    return id;
  }

  private String evaluation() {
    long model = registeredModel();
    String pi = runtime.startProcessInstanceByKey("model-evaluation", BusinessKey.model(model),
        Variables.putValue("year", 2026)).getId();
    return waiting(pi, "Task_SelfAssess");
  }

  private static Map<String, Object> selfAssessment() {
    return Map.of("creativity", 9, "effectiveness", 9, "consensus", 10, "sustainability", 9,
        "selfNote", "108/120 hộ ký cam kết");
  }

  private String recognition() {
    long model = registeredModel();
    RecognitionRound round = rounds.save(new RecognitionRound(YEARS.incrementAndGet(),
        authorities.nearest("xa-xuan-hong", Power.RECOGNISE).orElseThrow()));
    candidates.save(new RecognitionCandidate(round.getId(), model, new BigDecimal("93"), "Xuất sắc"));
    String pi = runtime.startProcessInstanceByKey("model-recognition", BusinessKey.round(round.getId()),
        Variables.putValue("roundId", round.getId()).putValue("year", round.getYear())).getId();
    return waiting(pi, "Task_ProposeRecognition");
  }

  private String proposed() {
    String propose = recognition();
    String model = (String) options(tasks.getVariable(propose, "candidateOptions")).get(0);
    return advance(propose, Map.of("proposedModels", json(List.of(model)), "minutesNumber", "03/BB-BCĐ",
        "minutesDate", "2026-12-10"), "Task_DecideRecognition");
  }

  private String recognised() {
    String decide = proposed();
    String model = (String) options(tasks.getVariable(decide, "proposedOptions")).get(0);
    return advance(decide, Map.of("decision", "APPROVE", "recognisedModels", json(List.of(model)),
        "decisionNumber", "125-QĐ/HU", "decisionDate", "2026-12-20", "signer", "Phạm Minh Tuấn"),
        "Task_SelectOutstanding");
  }

  private String outstanding(String next) {
    String select = recognised();
    String model = (String) options(tasks.getVariable(select, "recognisedOptions")).get(0);
    String pi = tasks.createTaskQuery().taskId(select).singleResult().getProcessInstanceId();
    tasks.complete(select, Variables.putValue("outstandingModels", json(List.of(model))));
    return waiting(pi, next);
  }

  private String reward() {
    long model = registeredModel();
    String pi = runtime.startProcessInstanceByKey("model-reward", BusinessKey.model(model),
        Variables.putValue("year", 2026).putValue("areaId", "huyen-xuan-truong")).getId();
    return waiting(pi, "Task_PrepareRewardDossier");
  }

  private static Map<String, Object> dossier() {
    return Map.of("letterNumber", "15/TTr-UBND", "achievements", "108 hộ đồng thuận");
  }

  /** The council proposes the reward form at that index: the district's own (0) or one granted above (1). */
  private String councilProposes(int form) {
    String review = advance(reward(), dossier(), "Task_ReviewRewardDossier");
    String rewardForm = (String) options(tasks.getVariable(review, "rewardFormOptions")).get(form);
    return advance(review, Map.of("decision", "APPROVE", "rewardForm", rewardForm),
        form == 0 ? "Task_DecideReward" : "Task_RecordUpperDecision");
  }

  private String directive() {
    int year = 2026;
    Map<String, Object> request = new LinkedHashMap<>(Map.of("issuerId", "ban-thuong-vu-huyen",
        "title", "Chương trình thử biểu mẫu " + System.nanoTime(), "planDue", "2026-12-31",
        "reportFromYear", year, "reportToYear", year, "reportRecipientIds", List.of("ban-thuong-vu-huyen"),
        "tasks", List.of(Map.of("section", "IV", "ordinal", 1, "title", "Xây dựng kế hoạch thực hiện",
            "leadUnitIds", List.of("xa-xuan-hong"), "participantUnitIds", List.of()))));
    ResponseEntity<Map<String, Object>> created = Api.as(rest, "reviewer").post("/api/directives", request);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    String pi = (String) Api.as(rest, "reviewer").get("/api/directives/" + created.getBody().get("id")).getBody()
        .get("processInstanceId");
    return waiting(pi, "Task_SubmitPlan");
  }

  private static Map<String, Object> plan() {
    return Map.of("planNumber", "15-KH/ĐU", "planSummary", "Quán triệt đến 100% chi bộ");
  }

  private String reportRound() {
    String plan = directive();
    String pi = tasks.createTaskQuery().taskId(plan).singleResult().getProcessInstanceId();
    Job opens = management.createJobQuery().processInstanceId(pi).activityId("Timer_RoundOpens").list().get(0);
    management.executeJob(opens.getId());
    return waiting(pi, "Task_SubmitReport");
  }

  /** Completes the task as the engine (no person, no form check) and holds the next step of its process. */
  private String advance(String taskId, Map<String, Object> variables, String next) {
    String processInstance = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    tasks.complete(taskId, variables);
    return waiting(processInstance, next);
  }

  private String waiting(String processInstanceId, String taskKey) {
    List<Task> found = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
    assertThat(found).as("%s waits at %s", processInstanceId, taskKey).isNotEmpty();
    return hold(found.get(0));
  }

  private String hold(Task task) {
    tasks.setAssignee(task.getId(), USER);
    return task.getId();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> options(Object variable) {
    Object plain = SubmittedValues.plain(variable);
    return ((List<Map<String, Object>>) plain).stream().map(o -> o.get("value")).toList();
  }

  /** A list as Tasklist sends it to the engine: a Json variable. */
  private static Object json(Object value) {
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(jsonText(value)).create();
  }

  private static String jsonText(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
