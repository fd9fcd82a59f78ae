package vn.danvan.workflow.migration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danvan.workflow.web.ApiException;
import vn.danvan.workflow.web.Problems;

/**
 * Process-instance migration for administrators, over Camunda's own: a plan is Camunda's
 * {@code mapEqualActivities()} plus the mappings the administrator adds (an added mapping replaces the generated
 * one of the same source step); it is refused when Camunda refuses an instruction or when instances wait in a
 * step the plan does not map; a dry run migrates each instance in a transaction that is always rolled back, so
 * it reports exactly what the real run would (Camunda's validation of the instance, and our follow-up); the run
 * itself is a Camunda batch, its jobs run by any node's job executor, a failed job an incident.
 */
@Service
public class ProcessMigrations {

  /** The dry run tries at most this many instances (each a rolled-back migration). */
  static final int DRY_RUN_LIMIT = 1000;

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final HistoryService history;
  private final MigrationRuns runs;
  private final TransactionTemplate rolledBack;
  private final Problems texts;
  private final Clock clock;

  ProcessMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management,
      HistoryService history, MigrationRuns runs, PlatformTransactionManager transactions, Problems texts,
      Clock clock) {
    this.repository = repository;
    this.runtime = runtime;
    this.management = management;
    this.history = history;
    this.runs = runs;
    this.rolledBack = new TransactionTemplate(transactions);
    this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.texts = texts;
    this.clock = clock;
  }

  public record Version(int version, String definitionId, String versionTag, long instances) {
  }

  public record ProcessVersions(String key, String name, List<Version> versions) {
  }

  public record Mapping(String source, String target) {
  }

  /** What the administrator asks for: a process, two of its versions, added mappings, the due-date choice. */
  public record PlanRequest(String processKey, Integer sourceVersion, Integer targetVersion, List<Mapping> mappings,
      DueDates dueDates) {

    public PlanRequest {
      mappings = mappings == null ? List.of() : List.copyOf(mappings);
      dueDates = dueDates == null ? DueDates.KEEP : dueDates;
    }
  }

  public record Step(String id, String name) {
  }

  public record Instruction(String source, String sourceName, String target, String targetName, boolean added) {
  }

  public record Waiting(String activity, String name, long instances, boolean mapped) {
  }

  public record PlanView(String processKey, int sourceVersion, int targetVersion, String sourceDefinitionId,
      String targetDefinitionId, List<Instruction> instructions, List<Waiting> waiting, List<Step> sourceSteps,
      List<Step> targetSteps) {
  }

  public record Failure(String processInstanceId, String businessKey, List<String> reasons) {
  }

  public record DryRun(PlanView plan, long instances, long tried, long wouldMigrate, List<Failure> failures) {
  }

  public record Started(long id, String batchId, int instances, DueDates dueDates) {
  }

  public record IncidentView(String id, String message, Instant at, String jobId) {
  }

  public record Progress(String batchId, String processKey, String sourceDefinitionId, String targetDefinitionId,
      DueDates dueDates, int instances, long migrated, long stillOnSource, int totalJobs, int completedJobs,
      int failedJobs, boolean finished, List<IncidentView> incidents, String startedBy, Instant startedAt) {

    /** "18 → 19" for an administrator; the definition ids are in the API's answer. */
    public String versions() {
      return versionOf(sourceDefinitionId) + " → " + versionOf(targetDefinitionId);
    }
  }

  /** The version in Camunda's "key:version:uuid" definition id (an id too long for that is a bare uuid: kept whole). */
  static String versionOf(String definitionId) {
    String[] parts = definitionId.split(":");
    return parts.length == 3 ? parts[1] : definitionId;
  }

  /** Every deployed process with its versions and how many instances run on each. */
  @Transactional(readOnly = true)
  public List<ProcessVersions> processes() {
    Map<String, List<ProcessDefinition>> byKey = repository.createProcessDefinitionQuery()
        .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().asc().list().stream()
        .collect(Collectors.groupingBy(ProcessDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
    return byKey.values().stream().map(definitions -> {
      ProcessDefinition latest = definitions.get(definitions.size() - 1);
      return new ProcessVersions(latest.getKey(), latest.getName() == null ? latest.getKey() : latest.getName(),
          definitions.stream().map(d -> new Version(d.getVersion(), d.getId(), d.getVersionTag(),
              runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count())).toList());
    }).toList();
  }

  /** The proposed plan; 422 when Camunda refuses an instruction. */
  @Transactional(readOnly = true)
  public PlanView propose(PlanRequest request, Locale locale) {
    return view(request, build(request, locale));
  }

  /** The plan, and every step where instances wait has a mapping; 422 otherwise, naming what is wrong. */
  @Transactional(readOnly = true)
  public PlanView validate(PlanRequest request, Locale locale) {
    PlanView plan = view(request, build(request, locale));
    List<MigrationRefused.Problem> unmapped = plan.waiting().stream().filter(w -> !w.mapped())
        .map(w -> new MigrationRefused.Problem(null, w.activity(), null,
            List.of(texts.text("migration.failure.unmapped-waiting", locale, w.instances(), w.name(), w.activity()))))
        .toList();
    if (!unmapped.isEmpty()) {
      throw new MigrationRefused(unmapped);
    }
    return plan;
  }

  /** Each instance migrated in a transaction that is rolled back: which would move, which would not and why. */
  public DryRun dryRun(PlanRequest request, Locale locale) {
    MigrationPlan plan = rolledBack.execute(status -> build(request, locale));
    PlanView view = rolledBack.execute(status -> view(request, plan));
    List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
        .processDefinitionId(plan.getSourceProcessDefinitionId()).orderByProcessInstanceId().asc()
        .listPage(0, DRY_RUN_LIMIT);
    long total = runtime.createProcessInstanceQuery().processDefinitionId(plan.getSourceProcessDefinitionId()).count();
    List<Failure> failures = new ArrayList<>();
    for (ProcessInstance instance : instances) {
      List<String> reasons = rolledBack.execute(status -> {
        status.setRollbackOnly();
        try {
          runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
          return List.<String>of();
        } catch (MigratingProcessInstanceValidationException e) {
          return reasons(e.getValidationReport(), locale);
        } catch (ProcessEngineException | IllegalArgumentException e) {
          return List.of(texts.text("migration.failure.other", locale, e.getMessage()));
        }
      });
      if (reasons != null && !reasons.isEmpty()) {
        failures.add(new Failure(instance.getId(), instance.getBusinessKey(), reasons));
      }
    }
    return new DryRun(view, total, instances.size(), instances.size() - failures.size(), failures);
  }

  /**
   * Validates, then starts the Camunda batch over every instance of the source version and records it with the
   * due-date choice, in one transaction: the batch's first job runs only after both are committed.
   */
  @Transactional
  public Started execute(PlanRequest request, String administrator, Locale locale) {
    validate(request, locale);
    MigrationPlan plan = build(request, locale);
    List<String> ids = runtime.createProcessInstanceQuery().processDefinitionId(plan.getSourceProcessDefinitionId())
        .list().stream().map(ProcessInstance::getId).toList();
    if (ids.isEmpty()) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "migration-nothing", request.processKey(),
          request.sourceVersion());
    }
    Batch batch = runtime.newMigration(plan).processInstanceIds(ids).executeAsync();
    String instructions = plan.getInstructions().stream().map(i -> i.getSourceActivityId() + ">"
        + i.getTargetActivityId()).collect(Collectors.joining(","));
    long id = runs.insert(batch.getId(), batch.getBatchJobDefinitionId(), request.processKey(),
        plan.getSourceProcessDefinitionId(), plan.getTargetProcessDefinitionId(), request.dueDates(), instructions,
        ids.size(), administrator, clock.instant());
    return new Started(id, batch.getId(), ids.size(), request.dueDates());
  }

  /** Progress from the batch's statistics while it runs, its history after; failed jobs as incidents. */
  @Transactional(readOnly = true)
  public Progress progress(String batchId) {
    MigrationRuns.Run run = runs.byBatch(batchId).orElseThrow(() -> ApiException.notFound("đợt chuyển đổi", batchId));
    BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
    HistoricBatch ended = history.createHistoricBatchQuery().batchId(batchId).singleResult();
    List<IncidentView> incidents = runtime.createIncidentQuery().jobDefinitionIdIn(run.batchJobDefinitionId())
        .orderByIncidentTimestamp().asc().list().stream()
        .map(i -> new IncidentView(i.getId(), i.getIncidentMessage(), i.getIncidentTimestamp().toInstant(),
            i.getConfiguration()))
        .toList();
    boolean finished = statistics == null && ended != null && ended.getEndTime() != null;
    int total = statistics != null ? statistics.getTotalJobs() : ended != null ? ended.getTotalJobs() : 0;
    int completed = statistics != null ? statistics.getCompletedJobs() : finished ? total : 0;
    return new Progress(batchId, run.processKey(), run.sourceDefinitionId(), run.targetDefinitionId(),
        run.dueDates(), run.instanceCount(), runs.migratedCount(run.id()),
        runtime.createProcessInstanceQuery().processDefinitionId(run.sourceDefinitionId()).count(), total, completed,
        statistics == null ? 0 : statistics.getFailedJobs(), finished, incidents, run.startedBy(), run.startedAt());
  }

  @Transactional(readOnly = true)
  public List<MigrationRuns.Run> latest() {
    return runs.latest(20);
  }

  private MigrationPlan build(PlanRequest request, Locale locale) {
    ProcessDefinition source = definition(request.processKey(), request.sourceVersion());
    ProcessDefinition target = definition(request.processKey(), request.targetVersion());
    if (source.getId().equals(target.getId())) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "migration-same-version", request.sourceVersion());
    }
    Set<String> remapped = request.mappings().stream().map(Mapping::source).collect(Collectors.toSet());
    List<MigrationInstruction> generated;
    try {
      generated = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build()
          .getInstructions();
    } catch (MigrationPlanValidationException e) {
      throw refused(e, locale);
    }
    MigrationPlanBuilder builder = runtime.createMigrationPlan(source.getId(), target.getId());
    for (MigrationInstruction instruction : generated) {
      if (!remapped.contains(instruction.getSourceActivityId())) {
        MigrationInstructionBuilder mapped = builder.mapActivities(instruction.getSourceActivityId(),
            instruction.getTargetActivityId());
        builder = instruction.isUpdateEventTrigger() ? mapped.updateEventTrigger() : mapped;
      }
    }
    for (Mapping mapping : request.mappings()) {
      builder = builder.mapActivities(mapping.source(), mapping.target());
    }
    try {
      return builder.build();
    } catch (MigrationPlanValidationException e) {
      throw refused(e, locale);
    }
  }

  private ProcessDefinition definition(String key, Integer version) {
    if (key == null || version == null) {
      throw ApiException.notFound("phiên bản quy trình", key + ":" + version);
    }
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .processDefinitionVersion(version).singleResult();
    if (definition == null) {
      throw ApiException.notFound("phiên bản quy trình", key + ":" + version);
    }
    return definition;
  }

  private PlanView view(PlanRequest request, MigrationPlan plan) {
    Map<String, String> sourceNames = names(plan.getSourceProcessDefinitionId());
    Map<String, String> targetNames = names(plan.getTargetProcessDefinitionId());
    Set<String> added = request.mappings().stream().map(m -> m.source() + ">" + m.target()).collect(Collectors.toSet());
    List<Instruction> instructions = plan.getInstructions().stream()
        .map(i -> new Instruction(i.getSourceActivityId(), sourceNames.getOrDefault(i.getSourceActivityId(),
            i.getSourceActivityId()), i.getTargetActivityId(), targetNames.getOrDefault(i.getTargetActivityId(),
            i.getTargetActivityId()), added.contains(i.getSourceActivityId() + ">" + i.getTargetActivityId())))
        .sorted(Comparator.comparing(Instruction::sourceName)).toList();
    Set<String> mappedSources = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
        .collect(Collectors.toSet());
    List<Waiting> waiting = new ArrayList<>();
    for (ActivityStatistics statistics : management.createActivityStatisticsQuery(plan.getSourceProcessDefinitionId())
        .list()) {
      if (statistics.getInstances() > 0) {
        waiting.add(new Waiting(statistics.getId(), sourceNames.getOrDefault(statistics.getId(), statistics.getId()),
            statistics.getInstances(), mappedSources.contains(statistics.getId())));
      }
    }
    waiting.sort(Comparator.comparing(Waiting::name));
    return new PlanView(request.processKey(), request.sourceVersion(), request.targetVersion(),
        plan.getSourceProcessDefinitionId(), plan.getTargetProcessDefinitionId(), instructions, waiting,
        steps(sourceNames), steps(targetNames));
  }

  private static List<Step> steps(Map<String, String> names) {
    return names.entrySet().stream().map(e -> new Step(e.getKey(), e.getValue()))
        .sorted(Comparator.comparing(Step::name)).toList();
  }

  /** The diagram's flow nodes that can hold an instance (not gateways' or events' labels alone): id to name. */
  private Map<String, String> names(String definitionId) {
    BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
    Map<String, String> names = new LinkedHashMap<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      names.put(node.getId(), node.getName() == null || node.getName().isBlank() ? node.getId() : node.getName());
    }
    return names;
  }

  private MigrationRefused refused(MigrationPlanValidationException e, Locale locale) {
    List<MigrationRefused.Problem> problems = new ArrayList<>();
    for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
      MigrationInstruction instruction = report.getMigrationInstruction();
      problems.add(new MigrationRefused.Problem(
          instruction.getSourceActivityId() + " → " + instruction.getTargetActivityId(),
          instruction.getSourceActivityId(), instruction.getTargetActivityId(),
          report.getFailures().stream().map(f -> vietnamese(f, locale)).toList()));
    }
    e.getValidationReport().getVariableReports().forEach((name, report) -> problems.add(new MigrationRefused.Problem(
        null, name, null, report.getFailures().stream().map(f -> vietnamese(f, locale)).toList())));
    if (problems.isEmpty()) {
      problems.add(new MigrationRefused.Problem(null, null, null, List.of(vietnamese(e.getMessage(), locale))));
    }
    return new MigrationRefused(problems);
  }

  private List<String> reasons(MigratingProcessInstanceValidationReport report, Locale locale) {
    List<String> reasons = new ArrayList<>();
    report.getFailures().forEach(f -> reasons.add(vietnamese(f, locale)));
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      activity.getFailures().forEach(f -> reasons.add(texts.text("migration.failure.at", locale,
          activity.getSourceScopeId(), vietnamese(f, locale))));
    }
    for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
      transition.getFailures().forEach(f -> reasons.add(texts.text("migration.failure.at", locale,
          transition.getSourceScopeId(), vietnamese(f, locale))));
    }
    return reasons;
  }

  /** Camunda's English failure in the administrator's language; one not known here is quoted as it is. */
  String vietnamese(String failure, Locale locale) {
    String text = failure == null ? "" : failure;
    String key;
    if (text.contains("incompatible types")) {
      key = "incompatible";
    } else if (text.contains("no migration instruction") || text.contains("There is no migration instruction")) {
      key = "no-instruction";
    } else if (text.contains("multiple") || text.contains("more than one")) {
      key = "multiple";
    } else if (text.toLowerCase(Locale.ROOT).contains("target activity") && text.contains("does not exist")) {
      key = "no-target";
    } else if (text.toLowerCase(Locale.ROOT).contains("source activity") && text.contains("does not exist")) {
      key = "no-source";
    } else if (text.contains("event scope") || text.contains("flow scope")) {
      key = "scope";
    } else {
      return texts.text("migration.failure.other", locale, text);
    }
    return texts.text("migration.failure." + key, locale, text);
  }
}
