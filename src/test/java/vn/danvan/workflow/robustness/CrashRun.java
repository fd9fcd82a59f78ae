package vn.danvan.workflow.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crash test: starts the packaged jar, sends N registrations at once through POST /api/models, kills the
 * JVM with SIGKILL once K of them were acknowledged, restarts it on the same database and checks that every
 * acknowledged registration is there with its process instance, that no process instance lacks its model,
 * that no registration was stored twice, and that the task list's read model matches the engine. Prints the
 * figures, writes them to WORK/summary.txt and exits 1 on any loss. Run by scripts/crash-test.sh.
 *
 * <p>Arguments: --db h2|postgres --jar PATH --work DIR [--port 18287] [--requests 200] [--kill-after 100];
 * for postgres the environment's DB_URL, DB_USER, DB_PASSWORD.
 */
public final class CrashRun {

  private static final String DEMO_PASSWORD = "Crash-Demo-Pass-2026";
  private static final String ADMIN_PASSWORD = "Crash-Admin-Pass-2026";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> options;
  private final String db;
  private final Path work;
  private final int port;
  private final int requests;
  private final int killAfter;
  private final String runId = Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40), 36);
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private Process app;

  private CrashRun(Map<String, String> options) {
    this.options = options;
    this.db = options.getOrDefault("db", "h2");
    this.work = Path.of(required(options, "work")).toAbsolutePath();
    this.port = Integer.parseInt(options.getOrDefault("port", "18287"));
    this.requests = Integer.parseInt(options.getOrDefault("requests", "200"));
    this.killAfter = Integer.parseInt(options.getOrDefault("kill-after", String.valueOf(requests / 2)));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    CrashRun run = new CrashRun(options);
    Runtime.getRuntime().addShutdownHook(new Thread(run::stopQuietly));
    System.exit(run.run() ? 0 : 1);
  }

  /** One registration as sent, and what came back. */
  record Sent(int number, String name, int status, Long id, String processInstanceId, String failure,
      boolean beforeKill) {

    boolean acknowledged() { return status >= 200 && status < 300; }
  }

  private boolean run() throws Exception {
    Files.createDirectories(work);
    long started = System.nanoTime();
    startApp(1);
    double firstStart = seconds(started);
    List<Sent> sent = sendAndKill();
    started = System.nanoTime();
    startApp(2);
    double restart = seconds(started);
    Verdict verdict = verify(sent);
    stopApp();
    verdict.sql(checkTables());
    String summary = verdict.summary(sent, firstStart, restart);
    System.out.println(summary);
    Files.writeString(work.resolve("summary.txt"), summary);
    return verdict.passed();
  }

  // --- the load and the kill ------------------------------------------------------------------------------

  private List<Sent> sendAndKill() throws Exception {
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    List<CompletableFuture<Sent>> answers = new ArrayList<>();
    for (int n = 1; n <= requests; n++) {
      int number = n;
      String name = "Crash " + runId + " #" + n;
      answers.add(http.sendAsync(post("/api/models", registration(name), "commune1", DEMO_PASSWORD),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
          .handle((response, failure) -> {
            Sent result = received(number, name, response, failure, !killed.get());
            if (result.acknowledged() && acknowledged.incrementAndGet() == killAfter) {
              kill(killed);
            }
            return result;
          }));
    }
    CompletableFuture<Void> all = CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new));
    try {
      all.get(180, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      System.out.println("Not all answered within 180 s: killing now");
    }
    kill(killed); // if fewer than kill-after were acknowledged, the kill still comes, after the last answer
    all.get(60, TimeUnit.SECONDS);
    return answers.stream().map(CompletableFuture::join).toList();
  }

  private Sent received(int number, String name, HttpResponse<String> response, Throwable failure,
      boolean beforeKill) {
    if (failure != null) {
      Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
      return new Sent(number, name, 0, null, null, cause.getClass().getSimpleName(), beforeKill);
    }
    if (response.statusCode() / 100 != 2) {
      return new Sent(number, name, response.statusCode(), null, null, abbreviate(response.body()), beforeKill);
    }
    try {
      JsonNode body = JSON.readTree(response.body());
      return new Sent(number, name, response.statusCode(), body.path("id").asLong(),
          body.path("processInstanceId").asText(null), null, beforeKill);
    } catch (IOException e) {
      return new Sent(number, name, response.statusCode(), null, null, "unreadable 2xx body", beforeKill);
    }
  }

  private void kill(AtomicBoolean killed) {
    if (killed.compareAndSet(false, true)) {
      app.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful stop, no connection pool close
      System.out.printf("kill -9 of pid %d%n", app.pid());
    }
  }

  // --- verification ---------------------------------------------------------------------------------------

  private Verdict verify(List<Sent> sent) throws Exception {
    Verdict verdict = new Verdict();
    for (Sent s : sent.stream().filter(Sent::acknowledged).toList()) {
      HttpResponse<String> model = get("/api/models/" + s.id());
      JsonNode body = model.statusCode() == 200 ? JSON.readTree(model.body()) : null;
      boolean present = body != null && s.name().equals(body.path("name").asText())
          && s.processInstanceId() != null && s.processInstanceId().equals(body.path("processInstanceId").asText());
      HttpResponse<String> instance = get("/engine-rest/process-instance/" + s.processInstanceId());
      boolean running = instance.statusCode() == 200
          && ("model:" + s.id()).equals(JSON.readTree(instance.body()).path("businessKey").asText());
      if (present && running) {
        verdict.found++;
      } else {
        verdict.lost.add(s.name() + " (model " + model.statusCode() + ", process instance " + instance.statusCode()
            + ")");
      }
    }
    return verdict;
  }

  /** After a clean stop, so H2's file is free: the tables themselves, not what the API chooses to show. */
  private Map<String, Long> checkTables() throws SQLException {
    Map<String, Long> figures = new java.util.LinkedHashMap<>();
    try (Connection connection = connect(); Statement sql = connection.createStatement()) {
      String run = "m.name like 'Crash " + runId + " #%'";
      figures.put("stored", count(sql, "select count(*) from mobilization_model m where " + run));
      figures.put("duplicates", count(sql, "select count(*) from (select name from mobilization_model m where "
          + run + " group by name having count(*) > 1) d"));
      figures.put("models without process instance", count(sql, """
          select count(*) from mobilization_model m where %s and not exists (
            select 1 from act_ru_execution e where e.proc_inst_id_ = m.process_instance_id
              and e.id_ = e.proc_inst_id_ and e.business_key_ = 'model:' || cast(m.id as varchar(20)))""".formatted(run)));
      figures.put("process instances without model", count(sql, """
          select count(*) from act_hi_procinst p where p.proc_def_key_ = 'model-registration' and not exists (
            select 1 from mobilization_model m where 'model:' || cast(m.id as varchar(20)) = p.business_key_
              and m.process_instance_id = p.proc_inst_id_)"""));
      // registrations only: the demo data's directive runs its own process, which has no model
      figures.put("running registrations without model", count(sql, """
          select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
          where e.id_ = e.proc_inst_id_ and d.key_ = 'model-registration' and not exists (
            select 1 from mobilization_model m where m.process_instance_id = e.proc_inst_id_)"""));
      figures.put("review tasks missing from task list", count(sql, """
          select count(*) from act_ru_task t where not exists (
            select 1 from task_view v where v.task_id = t.id_)"""));
      figures.put("task list rows without task", count(sql, """
          select count(*) from task_view v where not exists (select 1 from act_ru_task t where t.id_ = v.task_id)"""));
    }
    return figures;
  }

  private Connection connect() throws SQLException {
    if ("postgres".equals(db)) {
      return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"),
          System.getenv().getOrDefault("DB_PASSWORD", ""));
    }
    return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data").resolve("danvan"), "sa", "");
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  final class Verdict {
    int found;
    final List<String> lost = new ArrayList<>();
    Map<String, Long> tables = Map.of();

    void sql(Map<String, Long> figures) { this.tables = figures; }

    boolean passed() {
      return lost.isEmpty() && tables.entrySet().stream()
          .filter(e -> !e.getKey().equals("stored")).allMatch(e -> e.getValue() == 0);
    }

    String summary(List<Sent> sent, double firstStart, double restart) {
      long acknowledged = sent.stream().filter(Sent::acknowledged).count();
      long beforeKill = sent.stream().filter(s -> s.acknowledged() && s.beforeKill()).count();
      long refused = sent.stream().filter(s -> s.status() >= 300).count();
      long cut = sent.stream().filter(s -> s.status() == 0).count();
      long stored = tables.getOrDefault("stored", 0L);
      StringBuilder out = new StringBuilder("Crash test on " + db + " (run " + runId + ")\n");
      line(out, "sent", sent.size() + " registrations at once as commune1");
      line(out, "started in", "%.1f s; kill -9 after %d acknowledged".formatted(firstStart, killAfter));
      line(out, "2xx before the kill", beforeKill + " (" + acknowledged + " in all)");
      line(out, "errors (HTTP answer >= 300)", refused + (refused == 0 ? ""
          : " e.g. " + sent.stream().filter(s -> s.status() >= 300).findFirst().map(Sent::failure).orElse("")));
      line(out, "no answer (cut by the kill)", String.valueOf(cut));
      line(out, "restart ready in", "%.1f s".formatted(restart));
      line(out, "2xx found after restart", found + " of " + acknowledged + " (model + its running process instance)");
      line(out, "stored in all", stored + " (" + (stored - found) + " unacknowledged: the kill cut their answer)");
      tables.forEach((name, value) -> {
        if (!name.equals("stored")) {
          line(out, name, String.valueOf(value));
        }
      });
      lost.stream().limit(10).forEach(name -> line(out, "LOST", name));
      line(out, "RESULT", passed() ? "PASS" : "FAIL");
      return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
      out.append("  %-36s %s%n".formatted(label, value));
    }
  }

  // --- the application process ----------------------------------------------------------------------------

  private void startApp(int attempt) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", required(options, "jar"),
        "--server.port=" + port));
    String javaOpts = System.getenv("APP_JAVA_OPTS");
    if (javaOpts != null && !javaOpts.isBlank()) {
      command.addAll(1, List.of(javaOpts.trim().split("\\s+")));
    }
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("app-" + attempt + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.put("DEMO_PASSWORD", DEMO_PASSWORD);
    env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("DATA_DIR", work.resolve("data").toString());
    env.put("SPRING_PROFILES_ACTIVE", "postgres".equals(db) ? "postgres,demo" : "demo");
    app = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new IllegalStateException("The application exited with " + app.exitValue() + ": see "
            + work.resolve("app-" + attempt + ".log"));
      }
      try {
        if (http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Not ready within 300 s: see " + work.resolve("app-" + attempt + ".log"));
  }

  private void stopApp() throws InterruptedException {
    app.destroy(); // SIGTERM: graceful, so H2 closes its file
    if (!app.waitFor(90, TimeUnit.SECONDS)) {
      app.destroyForcibly().waitFor();
    }
  }

  private void stopQuietly() {
    if (app != null && app.isAlive()) {
      app.destroyForcibly();
    }
  }

  // --- HTTP -------------------------------------------------------------------------------------------------

  private HttpRequest post(String path, Object body, String user, String password) {
    try {
      return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(120))
          .header("Authorization", basic(user, password)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .header("Authorization", basic("admin", ADMIN_PASSWORD)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Object> registration(String name) {
    return Map.ofEntries(Map.entry("kind", "MODEL"), Map.entry("name", name), Map.entry("unitId", "xa-xuan-hong"),
        Map.entry("field", "ECONOMY"), Map.entry("year", 2026),
        Map.entry("situation", "Nhiều hộ còn e ngại dồn điền đổi thửa"),
        Map.entry("goals", "90% số hộ đồng thuận"), Map.entry("content", "Cán bộ đến từng nhà; họp thôn"),
        Map.entry("area", "Thôn Hạ, 120 hộ"), Map.entry("forces", "Chi bộ, Hội Nông dân"),
        Map.entry("timeline", "3/2026 - 12/2026"), Map.entry("outputs", "Biên bản đồng thuận"));
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "..." : text;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
