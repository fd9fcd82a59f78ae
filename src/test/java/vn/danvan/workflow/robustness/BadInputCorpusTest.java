package vn.danvan.workflow.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danvan.workflow.registration.RegistrationProcess;
import vn.danvan.workflow.support.Api;
import vn.danvan.workflow.support.ServiceOnH2;

/**
 * A corpus of bad input against the running service: broken and mistyped JSON, missing and oversize fields,
 * huge bodies, script and SQL in text fields, unreadable BPMN and XML with external entities sent to the
 * deployment endpoint. Every answer is a 4xx (problem+json from our API and our filters; Camunda's own JSON
 * error from engine-rest), never a 5xx; nothing is half-stored; the deployed process keeps running.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadInputCorpusTest extends ServiceOnH2 {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MODELS = "/api/models";
  private static final String DEPLOY = "/engine-rest/deployment/create";

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  HistoryService history;
  @Autowired
  RuntimeService runtime;
  @Autowired
  RepositoryService repository;
  @Autowired
  ProcessEngineConfigurationImpl engine;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  /** What a refused request must leave as it was. */
  record Stored(long models, long decisions, long processInstances, long tasks, long taskRows, long deployments,
      long definitions) {
  }

  Stored stored() {
    return new Stored(count("mobilization_model"), count("model_decision"),
        history.createHistoricProcessInstanceQuery().count(), count("act_ru_task"), count("task_view"),
        repository.createDeploymentQuery().count(),
        repository.createProcessDefinitionQuery().count() + repository.createDecisionDefinitionQuery().count());
  }

  // --- JSON: syntax, types, missing and oversize fields -----------------------------------------------------

  @Test
  void brokenMistypedIncompleteAndOversizeRegistrationsAre400ProblemJsonAndStoreNothing() throws Exception {
    Map<String, String> corpus = new LinkedHashMap<>();
    corpus.put("empty body", "");
    corpus.put("whitespace", "  \n ");
    corpus.put("cut off", "{\"kind\": \"MODEL\", \"name\": ");
    corpus.put("unclosed string", "{\"name\": \"Mô hình");
    corpus.put("single quotes", "{'name': 'x'}");
    corpus.put("trailing comma", "{\"name\": \"x\",}");
    corpus.put("comment", "{/* x */ \"name\": \"x\"}");
    corpus.put("null", "null");
    corpus.put("array", "[" + valid(Map.of()) + "]");
    corpus.put("string", "\"Mô hình\"");
    corpus.put("number", "42");
    corpus.put("nested 5000 deep", "[".repeat(5000) + "]".repeat(5000));
    corpus.put("object 5000 deep", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
    corpus.put("NaN year", valid(Map.of()).replace("\"year\":2026", "\"year\":NaN"));
    corpus.put("kind unknown", valid(Map.of("kind", "PARTY")));
    corpus.put("kind as ordinal", valid(Map.of("kind", 1)));
    corpus.put("kind as object", valid(Map.of("kind", Map.of("name", "MODEL"))));
    corpus.put("field lower case", valid(Map.of("field", "economy")));
    corpus.put("year as words", valid(Map.of("year", "năm nay")));
    corpus.put("year with fraction", valid(Map.of("year", 2026.5)));
    corpus.put("year as boolean", valid(Map.of("year", true)));
    corpus.put("year beyond long", valid(Map.of()).replace("\"year\":2026", "\"year\":99999999999999999999999"));
    corpus.put("year 1e400", valid(Map.of()).replace("\"year\":2026", "\"year\":1e400"));
    corpus.put("year too early", valid(Map.of("year", 1999)));
    corpus.put("year negative", valid(Map.of("year", -2026)));
    corpus.put("name as array", valid(Map.of("name", List.of("a", "b"))));
    corpus.put("name as object", valid(Map.of("name", Map.of("vi", "x"))));
    corpus.put("name blank", valid(Map.of("name", " \t\n ")));
    corpus.put("name 256 characters", valid(Map.of("name", "đ".repeat(256))));
    corpus.put("unit id 65 characters", valid(Map.of("unitId", "x".repeat(65))));
    corpus.put("unknown unit", valid(Map.of("unitId", "xa-khong-ton-tai")));
    corpus.put("unit id with SQL", valid(Map.of("unitId", "x' OR '1'='1")));
    corpus.put("unit of another commune", valid(Map.of("unitId", "xa-xuan-tan")));
    corpus.put("all fields missing", "{}");
    for (String field : List.of("kind", "name", "unitId", "field", "year", "situation", "goals", "content", "area",
        "forces", "timeline", "outputs")) {
      corpus.put(field + " missing", JSON.writeValueAsString(without(field)));
      corpus.put(field + " null", JSON.writeValueAsString(withNull(field)));
    }
    for (String text : List.of("situation", "goals", "content", "area", "forces", "resources", "timeline", "outputs",
        "sustainability")) {
      corpus.put(text + " 4001 characters", valid(Map.of(text, "ấ".repeat(4001))));
      corpus.put(text + " 2001 emoji (4002 UTF-16 units)", valid(Map.of(text, "😀".repeat(2001))));
    }
    corpus.put("NUL character", valid(Map.of("name", "Mô hình\u0000ẩn")));
    corpus.put("escape character", valid(Map.of("goals", "Mục tiêu\u001b[31m đỏ")));
    corpus.put("unpaired surrogate", valid(Map.of()).replace("\"name\":\"", "\"name\":\"\\ud800 "));
    Stored before = stored();

    SoftAssertions soft = new SoftAssertions();
    corpus.forEach((label, body) -> {
      Http.Answer answer = http.postJson(MODELS, "commune1", body);
      soft.assertThat(answer.status()).as(label + ": " + answer).isBetween(400, 499);
      soft.assertThat(answer.isProblemJson()).as(label + ": " + answer).isTrue();
      if (answer.isProblemJson()) {
        soft.assertThat(answer.json().path("status").asInt()).as(label).isEqualTo(answer.status());
        soft.assertThat(answer.json().path("title").asText()).as(label).isNotBlank();
      }
    });
    // bytes that are not UTF-8 at all
    byte[] latin1 = valid(Map.of("name", "Mô hình")).getBytes(StandardCharsets.ISO_8859_1);
    soft.assertThat(http.send("POST", MODELS, "commune1", "application/json", latin1).status()).isEqualTo(400);
    soft.assertAll();

    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void fieldErrorsNameTheFieldAndTheLimit() {
    JsonNode tooLong = http.postJson(MODELS, "commune1", valid(Map.of("goals", "x".repeat(4001)))).json();
    assertThat(tooLong.path("type").asText()).isEqualTo("/problems/validation");
    assertThat(tooLong.path("errors").toString()).contains("goals", "4.000");
    JsonNode ordinal = http.postJson(MODELS, "commune1", valid(Map.of("kind", 0))).json();
    assertThat(ordinal.path("errors").toString()).contains("kind", "MODEL", "EXEMPLAR");
    JsonNode nul = http.postJson(MODELS, "commune1", valid(Map.of("name", "a\u0000b"))).json();
    assertThat(nul.path("errors").toString()).contains("name");
  }

  @Test
  void wrongMediaTypesMethodsAddressesAndParametersAre4xxProblemJson() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>";
    Map<String, Http.Answer> answers = new LinkedHashMap<>();
    answers.put("XML body", http.send("POST", MODELS, "commune1", "application/xml", bytes(xxe)));
    answers.put("text body", http.send("POST", MODELS, "commune1", "text/plain", bytes(valid(Map.of()))));
    answers.put("form body", http.send("POST", MODELS, "commune1", "application/x-www-form-urlencoded",
        bytes("name=x&kind=MODEL")));
    answers.put("no content type", http.send("POST", MODELS, "commune1", null, bytes(valid(Map.of()))));
    answers.put("PUT", http.send("PUT", MODELS, "commune1", "application/json", bytes(valid(Map.of()))));
    answers.put("DELETE", http.send("DELETE", MODELS + "/1", "commune1", null, null));
    answers.put("id not a number", http.send("GET", MODELS + "/abc", "commune1", null, null));
    answers.put("id beyond long", http.send("GET", MODELS + "/99999999999999999999", "commune1", null, null));
    answers.put("id unknown", http.send("GET", MODELS + "/-1", "commune1", null, null));
    answers.put("SQL in the path", http.send("GET", MODELS + "/1%20OR%201=1", "commune1", null, null));
    answers.put("encoded slash", http.send("GET", MODELS + "/1%2F..%2F..%2Fme", "commune1", null, null));
    answers.put("encoded NUL", http.send("GET", MODELS + "/1%00", "commune1", null, null));
    answers.put("negative page", http.send("GET", MODELS + "?page=-1", "commune1", null, null));
    answers.put("page size 100000", http.send("GET", MODELS + "?size=100000", "commune1", null, null));
    answers.put("unknown status", http.send("GET", MODELS + "?status=DROP%20TABLE", "commune1", null, null));
    answers.put("year not a number", http.send("GET", MODELS + "?year=2026'--", "commune1", null, null));
    answers.put("unknown address", http.send("GET", "/api/nothing-here", "commune1", null, null));
    answers.put("task list scope", http.send("GET", "/api/tasks?scope=everything", "reviewer", null, null));
    answers.put("task list date", http.send("GET", "/api/tasks?dueBefore=mai", "reviewer", null, null));
    answers.put("complete unknown task", http.postJson("/api/tasks/x'%20OR%20'1/complete", "reviewer", "{}"));
    answers.put("wrong password", http.send("GET", MODELS, "no-such-user", null, null));

    SoftAssertions soft = new SoftAssertions();
    answers.forEach((label, answer) -> {
      soft.assertThat(answer.status()).as(label + ": " + answer).isBetween(400, 499);
      soft.assertThat(answer.isProblemJson()).as(label + ": " + answer).isTrue();
    });
    soft.assertThat(answers.get("XML body").status()).isEqualTo(415);
    soft.assertThat(answers.get("XML body").body()).doesNotContain("root:");
    soft.assertAll();
  }

  // --- huge bodies ------------------------------------------------------------------------------------------

  @Test
  @Timeout(120) // a client waiting for a body the server never reads must not hold the build
  void hugeBodiesAreRefusedBeforeAnythingReadsThem() {
    Stored before = stored();
    // 20 MB announced, not one byte sent: the answer comes from the headers alone
    Http.Answer announced = http.announceOnly(MODELS, "commune1", "application/json", 20L * 1024 * 1024, false);
    assertThat(announced.status()).as(announced.toString()).isEqualTo(413);
    assertThat(announced.isProblemJson()).isTrue();
    assertThat(announced.json().path("type").asText()).isEqualTo("/problems/too-large");
    assertThat(announced.json().path("title").asText()).isEqualTo("Nội dung gửi lên quá lớn");

    // a client that waits for 100-continue (curl does for large bodies) is never asked to send it
    Http.Answer expecting = http.announceOnly(MODELS, "commune1", "application/json", 20L * 1024 * 1024, true);
    assertThat(expecting.status()).as(expecting.toString()).isEqualTo(413);
    assertThat(expecting.isProblemJson()).isTrue();

    // without a length (chunked) the body is counted as it is read and cut at 1 MB
    byte[] oneAndAHalf = bytes(valid(Map.of("situation", "x".repeat(1536 * 1024))));
    Http.Answer chunked = http.postChunked(MODELS, "commune1", "application/json",
        () -> new ByteArrayInputStream(oneAndAHalf));
    assertThat(chunked.status()).as(chunked.toString()).isEqualTo(413);
    assertThat(chunked.isProblemJson()).isTrue();

    // engine-rest takes deployments up to 10 MB; more is refused the same way
    Http.Answer deployment = http.announceOnly(DEPLOY, "admin", "multipart/form-data; boundary=x",
        11L * 1024 * 1024, true);
    assertThat(deployment.status()).isEqualTo(413);
    assertThat(deployment.isProblemJson()).isTrue();

    // a deployment without a length is cut at 10 MB too (Camunda's multipart reader then answers 400)
    Http.Multipart big = Http.multipart(Map.of("deployment-name", "big"),
        Map.of("big.bpmn", new byte[11 * 1024 * 1024]));
    Http.Answer bigChunked = http.postChunked(DEPLOY, "admin", big.contentType(),
        () -> new ByteArrayInputStream(big.body()));
    assertThat(bigChunked.status()).as(bigChunked.toString()).isBetween(400, 413);

    // just under the limit is read and judged on its content as usual
    Http.Answer large = http.postJson(MODELS, "commune1", valid(Map.of("situation", "x".repeat(900 * 1024))));
    assertThat(large.status()).isEqualTo(400);
    assertThat(large.json().path("errors").toString()).contains("situation");
    assertThat(stored()).isEqualTo(before);
  }

  // --- script and SQL in text fields ------------------------------------------------------------------------

  @Test
  void scriptAndSqlInTextFieldsAreStoredVerbatimAndNeverRun() {
    Map<String, Object> hostile = new LinkedHashMap<>();
    hostile.put("name", "<script>alert('xss')</script> Mô hình");
    hostile.put("situation", "'; DROP TABLE mobilization_model; --");
    hostile.put("goals", "${execution.setVariable('pwned', true)}");
    hostile.put("content", "#{execution.setVariable('pwned', true)} ${7*7} {{7*7}} <%= 7*7 %> ${jndi:ldap://127.0.0.1:1/x}");
    hostile.put("area", "Robert'); DELETE FROM act_ru_task; DELETE FROM task_view; --");
    hostile.put("forces", "\" OR \"1\"=\"1\" -- ' OR 1=1 /* */ UNION SELECT password_ FROM act_id_user --");
    hostile.put("resources", "{0} {1} %s %n %% \\ \\\\ \\u0041 $1 ${reviewerGroup}");
    hostile.put("timeline", "<img src=x onerror=alert(1)> javascript:alert(document.cookie)");
    hostile.put("outputs", "Dân vận khéo ✓ 😀 עברית \u200b\u202e ‮ ngược");
    hostile.put("sustainability", "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x> <![CDATA[ ]]>");
    Map<String, Object> request = registration(hostile);

    Http.Answer created = http.postJson(MODELS, "commune1", json(request));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    String processInstanceId = created.json().path("processInstanceId").asText();

    JsonNode model = http.send("GET", MODELS + "/" + id, "commune1", null, null).json();
    Map<String, Object> variables = runtime.getVariables(processInstanceId);
    hostile.forEach((field, text) -> {
      assertThat(model.path(field).asText()).as("API " + field).isEqualTo(text);
      assertThat(variables.get(field)).as("engine variable " + field).isEqualTo(text);
      assertThat(jdbc.queryForObject("select " + field + " from mobilization_model where id = ?", String.class, id))
          .as("column " + field).isEqualTo(text);
    });
    JsonNode tasks = http.send("GET", "/api/tasks?size=200", "reviewer", null, null).json();
    assertThat(tasks.findValuesAsText("modelName")).contains((String) hostile.get("name"));

    // the review goes on; a comment with script and SQL is kept as written too
    String comment = "${execution.setVariable('pwned', true)}'); DROP TABLE model_decision; --";
    String taskId = jdbc.queryForObject("select task_id from task_view where process_instance_id = ?", String.class,
        processInstanceId);
    assertThat(http.postJson("/api/tasks/" + taskId + "/claim", "reviewer", "").status()).isEqualTo(200);
    // (a NUL in a comment is refused: PostgreSQL cannot store it)
    Http.Answer nul = http.postJson("/api/tasks/" + taskId + "/complete", "reviewer",
        json(Map.of("decision", "APPROVE", "comment", "Đạt\u0000")));
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.json().path("errors").toString()).contains("comment");
    assertThat(http.postJson("/api/tasks/" + taskId + "/complete", "reviewer",
        json(Map.of("decision", "APPROVE", "comment", comment))).status()).isEqualTo(204);

    assertThat(http.send("GET", MODELS + "/" + id, "commune1", null, null).json().path("status").asText())
        .isEqualTo("REGISTERED");
    assertThat(http.send("GET", MODELS + "/" + id + "/history", "commune1", null, null).json()
        .findValuesAsText("comment")).containsExactly(comment);
    assertThat(history.createHistoricVariableInstanceQuery().variableName("pwned").count()).isZero();
    assertThat(count("mobilization_model")).isPositive();
    assertThat(count("model_decision")).isPositive();
  }

  // --- deployments: unreadable BPMN, DMN, forms and external entities --------------------------------------

  @Test
  void unreadableDeploymentsAre400DeployNothingAndThePreviousVersionKeepsRunning(@TempDir Path dir,
      CapturedOutput output) throws Exception {
    String secret = "DANVAN-XXE-SECRET-" + System.nanoTime();
    Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
    AtomicInteger fetched = new AtomicInteger();
    HttpServer outside = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    outside.createContext("/", exchange -> {
      fetched.incrementAndGet();
      byte[] dtd = bytes("<!ENTITY % file SYSTEM \"" + secretFile.toUri() + "\">");
      exchange.sendResponseHeaders(200, dtd.length);
      exchange.getResponseBody().write(dtd);
      exchange.close();
    });
    outside.start();
    String dtdUrl = "http://127.0.0.1:" + outside.getAddress().getPort() + "/evil.dtd";
    String realProcess = new String(new ClassPathResource("processes/model-registration.bpmn").getInputStream()
        .readAllBytes(), StandardCharsets.UTF_8);
    ProcessDefinition versionBefore = latestRegistrationProcess();
    Stored before = stored();

    Map<String, Map<String, byte[]>> corpus = new LinkedHashMap<>();
    corpus.put("not XML", Map.of("model-registration.bpmn", bytes("đây không phải BPMN")));
    corpus.put("empty file", Map.of("model-registration.bpmn", new byte[0]));
    corpus.put("XML but not BPMN", Map.of("model-registration.bpmn", bytes("<?xml version=\"1.0\"?><html/>")));
    corpus.put("cut in half", Map.of("model-registration.bpmn",
        bytes(realProcess.substring(0, realProcess.length() / 2))));
    corpus.put("flow to nowhere", Map.of("model-registration.bpmn", bytes(process(
        "<bpmn:startEvent id=\"Start\"/><bpmn:sequenceFlow id=\"Flow\" sourceRef=\"Start\" targetRef=\"Nowhere\"/>",
        true))));
    corpus.put("no time to live", Map.of("model-registration.bpmn", bytes(process("<bpmn:startEvent id=\"S\"/>",
        false))));
    corpus.put("broken expression", Map.of("model-registration.bpmn", bytes(process("""
        <bpmn:startEvent id="S"/><bpmn:exclusiveGateway id="G"/><bpmn:endEvent id="E"/>
        <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="G"/>
        <bpmn:sequenceFlow id="F2" sourceRef="G" targetRef="E">
          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${decision == </bpmn:conditionExpression>
        </bpmn:sequenceFlow>""", true))));
    corpus.put("XXE file entity", Map.of("xxe.bpmn", bytes(xxe(
        "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>"))));
    corpus.put("XXE external DTD", Map.of("xxe-dtd.bpmn", bytes(xxe(
        "<!DOCTYPE d SYSTEM \"" + dtdUrl + "\">"))));
    corpus.put("XXE parameter entity", Map.of("xxe-param.bpmn", bytes(xxe(
        "<!DOCTYPE d [<!ENTITY % remote SYSTEM \"" + dtdUrl + "\"> %remote;]>"))));
    corpus.put("billion laughs", Map.of("laughs.bpmn", bytes(xxe(billionLaughs()))));
    corpus.put("DMN not XML", Map.of("rating.dmn", bytes("{\"not\": \"dmn\"}")));
    corpus.put("DMN with XXE", Map.of("rating.dmn", bytes("""
        <?xml version="1.0"?>
        <!DOCTYPE d [<!ENTITY xxe SYSTEM "%s">]>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="&xxe;" namespace="x">
          <decision id="rating" name="&xxe;"><decisionTable id="t"><output id="o" typeRef="string"/></decisionTable>
          </decision></definitions>""".formatted(secretFile.toUri()))));
    corpus.put("form not JSON", Map.of("review-registration.form", bytes("{\"components\": [")));
    corpus.put("valid process with a broken table", new LinkedHashMap<>(Map.of(
        "probe.bpmn", bytes(process("<bpmn:startEvent id=\"S\"/>", true).replace("model-registration", "probe")),
        "rating.dmn", bytes("<definitions/>"))));

    SoftAssertions soft = new SoftAssertions();
    List<String> answers = new ArrayList<>();
    corpus.forEach((label, files) -> {
      Http.Multipart deployment = Http.multipart(Map.of("deployment-name", "thử: " + label,
          "deployment-source", "bad-input-corpus"), files);
      Http.Answer answer = http.send("POST", DEPLOY, "admin", deployment.contentType(), deployment.body());
      answers.add(answer.body());
      soft.assertThat(answer.status()).as(label + ": " + answer).isEqualTo(400);
      soft.assertThat(answer.contentType()).as(label).startsWith("application/json");
      soft.assertThat(answer.json().path("message").asText()).as(label).isNotBlank();
    });
    soft.assertAll();

    outside.stop(0);
    assertThat(fetched).as("requests for the external DTD").hasValue(0);
    assertThat(answers).noneMatch(body -> body.contains(secret));
    assertThat(output.getAll()).doesNotContain(secret);
    assertThat(stored()).isEqualTo(before);
    assertThat(repository.createProcessDefinitionQuery().list()).extracting(ProcessDefinition::getName)
        .noneMatch(name -> name != null && name.contains(secret));
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("probe").count()).isZero();
    assertThat(latestRegistrationProcess().getId()).isEqualTo(versionBefore.getId());

    // the version that was running before all this still takes a registration through to its decision
    Http.Answer created = http.postJson(MODELS, "commune1", valid(Map.of("name", "Sau các lần triển khai hỏng")));
    assertThat(created.status()).isEqualTo(201);
    String processInstanceId = created.json().path("processInstanceId").asText();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getProcessDefinitionId()).isEqualTo(versionBefore.getId());
    String taskId = jdbc.queryForObject("select task_id from task_view where process_instance_id = ?", String.class,
        processInstanceId);
    assertThat(http.postJson("/api/tasks/" + taskId + "/claim", "reviewer", "").status()).isEqualTo(200);
    assertThat(http.postJson("/api/tasks/" + taskId + "/complete", "reviewer",
        json(Map.of("decision", "APPROVE", "comment", "Đạt"))).status()).isEqualTo(204);
    assertThat(http.send("GET", MODELS + "/" + created.json().path("id").asLong(), "commune1", null, null).json()
        .path("status").asText()).isEqualTo("REGISTERED");
  }

  @Test
  void camundasXmlParsersRefuseExternalEntities(@TempDir Path dir) throws Exception {
    String secret = "DANVAN-XXE-" + System.nanoTime();
    Path secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
    String bpmn = xxe("<!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>");
    assertThat(engine.isEnableXxeProcessing()).isFalse();

    // the engine's own parser (deployments through any path)
    assertThatThrownBy(() -> repository.createDeployment().addString("xxe.bpmn", bpmn).deploy())
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("DOCTYPE is disallowed")
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(secret));
    // the model API (Bpmn/Dmn.readModelFromStream), which the engine uses to read models back
    assertThatThrownBy(() -> Bpmn.readModelFromStream(new ByteArrayInputStream(bytes(bpmn))))
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(secret));
    assertThatThrownBy(() -> Dmn.readModelFromStream(new ByteArrayInputStream(bytes(bpmn.replace("bpmn:", "")))))
        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(secret));
  }

  private static String stackTrace(Throwable e) {
    java.io.StringWriter text = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }

  // --- corpus material ------------------------------------------------------------------------------------

  private static Map<String, Object> registration(Map<String, Object> overrides) {
    Map<String, Object> body = new LinkedHashMap<>(Api.registration("xa-xuan-hong", "Mô hình thử dữ liệu xấu"));
    body.putAll(overrides);
    return body;
  }

  private static String valid(Map<String, Object> overrides) {
    return json(registration(overrides));
  }

  private static Map<String, Object> without(String field) {
    Map<String, Object> body = registration(Map.of());
    body.remove(field);
    return body;
  }

  private static Map<String, Object> withNull(String field) {
    Map<String, Object> body = registration(Map.of());
    body.put(field, null);
    return body;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String process(String elements, boolean timeToLive) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Bad" targetNamespace="http://danvan.vn/bpmn">
          <bpmn:process id="model-registration" isExecutable="true"%s>%s</bpmn:process>
        </bpmn:definitions>""".formatted(timeToLive ? " camunda:historyTimeToLive=\"30\"" : "", elements);
  }

  private static String xxe(String doctype) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        %s
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Xxe" targetNamespace="x">
          <bpmn:process id="xxe" name="&xxe;" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="S" name="&xxe;"/>
          </bpmn:process>
        </bpmn:definitions>""".formatted(doctype);
  }

  private static String billionLaughs() {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE d [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    return doctype.append("<!ENTITY xxe \"&lol9;\">]>").toString();
  }

  private ProcessDefinition latestRegistrationProcess() {
    return repository.createProcessDefinitionQuery().processDefinitionKey(RegistrationProcess.KEY).latestVersion()
        .singleResult();
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }
}
