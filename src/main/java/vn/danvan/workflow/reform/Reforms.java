package vn.danvan.workflow.reform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.workflow.audit.Audit;
import vn.danvan.workflow.model.DecisionTally;
import vn.danvan.workflow.organisation.Authority;
import vn.danvan.workflow.organisation.AuthorityRepository;
import vn.danvan.workflow.organisation.Unit;
import vn.danvan.workflow.organisation.UnitKind;
import vn.danvan.workflow.organisation.UnitRepository;
import vn.danvan.workflow.reform.ReformPreview.Move;
import vn.danvan.workflow.reform.ReformPreview.UnitStep;
import vn.danvan.workflow.reminder.PendingReminders;
import vn.danvan.workflow.security.Caller;
import vn.danvan.workflow.task.TaskUnitChange;
import vn.danvan.workflow.web.ApiException;

/**
 * "Sắp xếp đơn vị hành chính": a {@link ReformPlan} previewed (the dry run: everything that would change, nothing
 * written) and executed in one transaction, audited. Each old unit hands its records to its successor (a merged
 * commune to the new one, a dissolved district to the province) and is closed, never deleted: past reports,
 * decisions and history keep its name, and the reports attribute a model's decisions to the unit it belonged to
 * then (model_unit_history, see docs/architecture.md). Administrators only.
 */
@Service
public class Reforms {

  static final String KIND = "reform";
  static final String UNIT_KIND = "unit";
  static final String AUTHORITY_KIND = "authority";
  static final String MEMBERSHIP_KIND = "membership";
  /** Process variables that name a unit or a unit's group; a merged unit's id in them becomes its successor's. */
  static final List<String> UNIT_VARIABLES = List.of("unitId", "handlingUnitId", "boardGroup", "reviewerGroup",
      "councilGroup", "deciderGroup", "grantorGroup", "proposerGroup", "publicistGroup");
  /** A petition's escalation group, the unit's leaders: "lanh-dao-" + unit id (petition.PetitionProcess.leaderGroup). */
  static final String LEADER_VARIABLE = "chairGroup";
  static final String LEADER_PREFIX = "lanh-dao-";
  /** A petition's sort form offers these units as handling department (JSON options: label, value). */
  static final String DEPARTMENTS_VARIABLE = "departments";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final UnitRepository units;
  private final AuthorityRepository authorities;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final TaskUnitChange tasks;
  private final PendingReminders reminders;
  private final NamedParameterJdbcTemplate jdbc;
  private final Audit audit;
  private final Clock clock;
  private final DecisionTally tally;

  Reforms(UnitRepository units, AuthorityRepository authorities, IdentityService identity, RuntimeService runtime,
      TaskUnitChange tasks, PendingReminders reminders, NamedParameterJdbcTemplate jdbc, Audit audit, Clock clock,
      DecisionTally tally) {
    this.tally = tally;
    this.units = units;
    this.authorities = authorities;
    this.identity = identity;
    this.runtime = runtime;
    this.tasks = tasks;
    this.reminders = reminders;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** A unit handing its records to another; members join the successor only in a merger of communes. */
  record Step(String from, String to, String toName, boolean members) {
  }

  private record Resolved(ReformPlan plan, List<UnitStep> unitSteps, List<Step> steps, List<Unit> created,
      Unit district, Unit province) {
  }

  /** The dry run: validates the plan and lists what would change; writes nothing. */
  @Transactional(readOnly = true)
  public ReformPreview preview(ReformPlan plan) {
    administrator();
    Resolved resolved = resolve(plan);
    return new ReformPreview(plan.effectiveOn(), false, resolved.unitSteps(), null, List.of())
        .withMoves(survey(resolved));
  }

  /** Executes the plan in one transaction: the same list as the dry run, now done. */
  @Transactional
  public ReformPreview execute(ReformPlan plan) {
    administrator();
    Resolved resolved = resolve(plan);
    List<Move> moves = survey(resolved);
    apply(resolved, moves);
    ReformPreview done = new ReformPreview(plan.effectiveOn(), true, resolved.unitSteps(), null, List.of())
        .withMoves(moves);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("effectiveOn", plan.effectiveOn().toString());
    summary.put("units", String.join("; ", resolved.unitSteps().stream()
        .map(s -> s.action() + " " + s.unitId() + (s.otherId() == null ? "" : " -> " + s.otherId())).toList()));
    summary.putAll(done.counts());
    audit.created(KIND, "sap-xep-" + plan.effectiveOn() + "-" + clock.instant().toEpochMilli(), summary);
    return done;
  }

  static Caller administrator() {
    Caller caller = Caller.current();
    if (!caller.isAdmin()) {
      throw ApiException.forbidden();
    }
    return caller;
  }

  // ---- the plan, checked and made concrete --------------------------------------------------------------------

  private Resolved resolve(ReformPlan plan) {
    List<ReformPlan.Merger> mergers = plan.mergers().stream().filter(m -> !m.isEmpty()).toList();
    if (mergers.isEmpty() && plan.dissolvedDistrictId() == null && plan.provinceMerger() == null) {
      throw refused("reform-empty-plan");
    }
    List<UnitStep> unitSteps = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    List<Unit> created = new ArrayList<>();
    Set<String> newIds = new HashSet<>();
    // a merged province's successor: the district and communes planned beside it go straight to the target
    Map<String, Unit> provinceSuccessor = new LinkedHashMap<>();
    resolveProvinces(plan.provinceMerger(), provinceSuccessor, unitSteps, created, newIds);
    Unit district = plan.dissolvedDistrictId() == null ? null : open(plan.dissolvedDistrictId());
    if (district != null && (district.getKind() != UnitKind.DISTRICT || district.getParentId() == null)) {
      throw refused("reform-not-a-district", district.getName());
    }
    Unit province = district == null ? null
        : provinceSuccessor.getOrDefault(district.getParentId(), open(district.getParentId()));
    Set<String> merged = new HashSet<>();
    for (ReformPlan.Merger merger : mergers) {
      List<Unit> sources = new ArrayList<>();
      for (String id : merger.sourceIds()) {
        Unit source = open(id);
        if (source.getKind() != UnitKind.COMMUNE) {
          throw refused("reform-not-a-commune", source.getName());
        }
        if (!merged.add(id)) {
          throw refused("reform-unit-twice", source.getName());
        }
        sources.add(source);
      }
      Unit target;
      if (merger.intoUnitId() != null) {
        target = sources.stream().filter(u -> u.getId().equals(merger.intoUnitId())).findFirst()
            .orElseThrow(() -> refused("reform-into-not-a-source", merger.intoUnitId()));
        if (sources.size() < 2) {
          throw refused("reform-merger-too-small", target.getName());
        }
      } else {
        if (merger.newUnitName() == null) {
          throw refused("reform-new-name-missing");
        }
        if (sources.isEmpty()) {
          throw refused("reform-no-sources", merger.newUnitName());
        }
        String id = merger.newUnitId() != null ? merger.newUnitId() : slug(merger.newUnitName());
        checkNewId(id, newIds);
        String parent = sources.get(0).getParentId();
        if (district != null && district.getId().equals(parent)) {
          parent = province.getId();
        }
        if (provinceSuccessor.containsKey(parent)) {
          parent = provinceSuccessor.get(parent).getId();
        }
        target = new Unit(id, merger.newUnitName(), UnitKind.COMMUNE, parent)
            .reviewedBy(sources.get(0).getRegistrationReviewerId());
        created.add(target);
        unitSteps.add(new UnitStep("CREATE", id, target.getName(), parent, nameOf(parent, created)));
      }
      for (Unit source : sources) {
        if (!source.getId().equals(target.getId())) {
          steps.add(new Step(source.getId(), target.getId(), target.getName(), true));
          unitSteps.add(new UnitStep("CLOSE", source.getId(), source.getName(), target.getId(), target.getName()));
        }
      }
      if (district != null && district.getId().equals(target.getParentId()) && !created.contains(target)) {
        unitSteps.add(new UnitStep("PLACE_UNDER", target.getId(), target.getName(), province.getId(),
            province.getName()));
      }
    }
    if (district != null) {
      steps.add(new Step(district.getId(), province.getId(), province.getName(), false));
      unitSteps.add(new UnitStep("CLOSE", district.getId(), district.getName(), province.getId(), province.getName()));
      Set<String> placed = new HashSet<>();
      unitSteps.stream().filter(s -> s.action().equals("PLACE_UNDER")).forEach(s -> placed.add(s.unitId()));
      for (Unit unit : units.findAll()) {
        if (district.getId().equals(unit.getParentId()) && !unit.isClosed() && !merged.contains(unit.getId())
            && !placed.contains(unit.getId())) {
          unitSteps.add(new UnitStep("PLACE_UNDER", unit.getId(), unit.getName(), province.getId(),
              province.getName()));
        }
        if (district.getId().equals(unit.getOverseesId()) && !unit.isClosed()) {
          unitSteps.add(new UnitStep("OVERSEE", unit.getId(), unit.getName(), province.getId(), province.getName()));
        }
      }
    }
    for (Map.Entry<String, Unit> old : provinceSuccessor.entrySet()) {
      Unit source = units.findById(old.getKey()).orElseThrow();
      Unit target = old.getValue();
      steps.add(new Step(source.getId(), target.getId(), target.getName(), false));
      Set<String> placed = new HashSet<>();
      unitSteps.stream().filter(s -> !s.action().equals("OVERSEE")).forEach(s -> placed.add(s.unitId()));
      for (Unit unit : units.findAll()) {
        if (source.getId().equals(unit.getParentId()) && !unit.isClosed() && !placed.contains(unit.getId())) {
          unitSteps.add(new UnitStep("PLACE_UNDER", unit.getId(), unit.getName(), target.getId(), target.getName()));
        }
        if (source.getId().equals(unit.getOverseesId()) && !unit.isClosed()) {
          unitSteps.add(new UnitStep("OVERSEE", unit.getId(), unit.getName(), target.getId(), target.getName()));
        }
      }
      unitSteps.add(new UnitStep("CLOSE", source.getId(), source.getName(), target.getId(), target.getName()));
    }
    return new Resolved(plan, unitSteps, steps, created, district, province);
  }

  /** The province merger: its target (created when new) and each source's successor; null when there is none. */
  private Unit resolveProvinces(ReformPlan.ProvinceMerger merger, Map<String, Unit> successor,
      List<UnitStep> unitSteps, List<Unit> created, Set<String> newIds) {
    if (merger == null) {
      return null;
    }
    Unit target;
    if (merger.intoUnitId() != null) {
      target = open(merger.intoUnitId());
      if (target.getKind() != UnitKind.PROVINCE) {
        throw refused("reform-not-a-province", target.getName());
      }
    } else {
      if (merger.newUnitName() == null) {
        throw refused("reform-new-province-name-missing");
      }
      String id = merger.newUnitId() != null ? merger.newUnitId() : slug(merger.newUnitName());
      checkNewId(id, newIds);
      target = new Unit(id, merger.newUnitName(), UnitKind.PROVINCE, null);
      created.add(target);
      unitSteps.add(new UnitStep("CREATE", id, target.getName(), null, null));
    }
    if (merger.sourceIds().isEmpty()) {
      throw refused("reform-no-source-provinces", target.getName());
    }
    for (String id : merger.sourceIds()) {
      Unit source = open(id);
      if (source.getKind() != UnitKind.PROVINCE) {
        throw refused("reform-not-a-province", source.getName());
      }
      if (source.getId().equals(target.getId())) {
        throw refused("reform-unit-twice", source.getName());
      }
      successor.put(source.getId(), target);
    }
    return target;
  }

  private void checkNewId(String id, Set<String> newIds) {
    if (!id.matches("[a-z0-9][a-z0-9-]{0,62}")) {
      throw refused("reform-bad-id", id);
    }
    if (units.existsById(id) || !newIds.add(id) || identity.createGroupQuery().groupId(id).count() > 0) {
      throw refused("reform-unit-exists", id);
    }
  }

  private String nameOf(String unitId, List<Unit> created) {
    return created.stream().filter(u -> u.getId().equals(unitId)).map(Unit::getName).findFirst()
        .orElseGet(() -> name(unitId));
  }

  private Unit open(String id) {
    Unit unit = units.findById(id).orElseThrow(() -> refused("reform-unknown-unit", id));
    if (unit.isClosed()) {
      throw refused("reform-closed-unit", unit.getName());
    }
    return unit;
  }

  private String name(String unitId) {
    return unitId == null ? null : units.findById(unitId).map(Unit::getName).orElse(unitId);
  }

  private static ApiException refused(String code, Object... args) {
    return new ApiException(HttpStatus.BAD_REQUEST, code, args);
  }

  /** "Xã Xuân Giang" -> "xa-xuan-giang". */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return ascii.toLowerCase().trim().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  // ---- the dry run ------------------------------------------------------------------------------------------

  private List<Move> survey(Resolved resolved) {
    List<Move> moves = new ArrayList<>();
    Set<String> claimedAssignments = new HashSet<>();
    Set<String> claimedReports = new HashSet<>();
    Set<String> claimedDirectiveTasks = new HashSet<>();
    Set<String> claimedAuthorities = new HashSet<>();
    Set<String> claimedMembers = new HashSet<>();
    for (Step step : resolved.steps()) {
      MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", step.from())
          .addValue("to", step.to());
      jdbc.query("select id, name from mobilization_model where unit_id = :from order by id", params, rs -> {
        moves.add(new Move("MODEL", rs.getString(1), rs.getString(2), step.from(), step.to(), false));
      });
      jdbc.query("""
          select e.id, e.file_name, m.name from evidence_file e join mobilization_model m on m.id = e.model_id
          where m.unit_id = :from order by e.id""", params, rs -> {
        moves.add(new Move("EVIDENCE", rs.getString(1), rs.getString(2) + " (" + rs.getString(3) + ")", step.from(),
            step.to(), false));
      });
      List<TaskUnitChange.OpenTask> open = tasks.openTasksOf(List.of(step.from()));
      open.forEach(task -> moves.add(new Move("TASK", task.id(), task.name() + " [" + task.processKey() + "]",
          step.from(), step.to(), false)));
      long jobs = reminders.of(open.stream().map(TaskUnitChange.OpenTask::id).toList());
      for (long i = 0; i < jobs; i++) {
        moves.add(new Move("REMINDER_JOB", null, "", step.from(), step.to(), false));
      }
      for (String name : UNIT_VARIABLES) {
        for (VariableInstance variable : runtime.createVariableInstanceQuery().variableValueEquals(name, step.from())
            .list()) {
          moves.add(new Move("VARIABLE", variable.getId(), name + " @ " + variable.getProcessInstanceId(),
              step.from(), step.to(), false));
        }
      }
      for (VariableInstance variable : runtime.createVariableInstanceQuery()
          .variableValueEquals(LEADER_VARIABLE, LEADER_PREFIX + step.from()).list()) {
        moves.add(new Move("VARIABLE", variable.getId(), LEADER_VARIABLE + " @ " + variable.getProcessInstanceId(),
            step.from(), step.to(), false));
      }
      // open petitions: received or being handled by the old unit (settled ones stay where they were settled)
      jdbc.query("""
          select id, tracking_code, subject from petition where stage in ('RECEIVED', 'ACCEPTED')
            and (receiving_unit_id = :from or handling_unit_id = :from) order by id""", params, rs -> {
        moves.add(new Move("PETITION", rs.getString(1), rs.getString(2) + ": " + rs.getString(3), step.from(),
            step.to(), false));
      });
      claim(claimedAssignments, jdbc.queryForList(
          "select cast(directive_id as varchar(20)) from directive_assignment where unit_id = :to", params,
          String.class), step.to());
      jdbc.query("""
          select a.id, a.directive_id, d.title from directive_assignment a join directive d on d.id = a.directive_id
          where a.unit_id = :from order by a.id""", params, rs -> {
        boolean moved = claimedAssignments.add(rs.getString(2) + "|" + step.to());
        moves.add(new Move("ASSIGNMENT", rs.getString(1), rs.getString(3), step.from(), step.to(), !moved));
      });
      claim(claimedReports, jdbc.queryForList("""
          select cast(directive_id as varchar(20)) || '|' || period from unit_report where unit_id = :to""", params,
          String.class), step.to());
      jdbc.query("""
          select r.id, r.directive_id, r.period, d.title from unit_report r join directive d on d.id = r.directive_id
          where r.unit_id = :from and r.submitted_at is null order by r.id""", params, rs -> {
        boolean moved = claimedReports.add(rs.getString(2) + "|" + rs.getString(3) + "|" + step.to());
        moves.add(new Move("UNIT_REPORT", rs.getString(1), rs.getString(4) + " — " + rs.getString(3), step.from(),
            step.to(), !moved));
      });
      claim(claimedDirectiveTasks, jdbc.queryForList(
          "select cast(task_id as varchar(20)) from directive_task_unit where unit_id = :to", params, String.class),
          step.to());
      jdbc.query("""
          select u.task_id, t.title from directive_task_unit u join directive_task t on t.id = u.task_id
          where u.unit_id = :from order by u.task_id""", params, rs -> {
        boolean moved = claimedDirectiveTasks.add(rs.getString(1) + "|" + step.to());
        moves.add(new Move("DIRECTIVE_TASK", rs.getString(1), rs.getString(2), step.from(), step.to(), !moved));
      });
      if (step.members()) {
        for (User user : identity.createUserQuery().memberOfGroup(step.from()).orderByUserId().asc().list()) {
          boolean member = identity.createUserQuery().userId(user.getId()).memberOfGroup(step.to()).count() > 0;
          if (!member && claimedMembers.add(user.getId() + "|" + step.to())) {
            moves.add(new Move("MEMBERSHIP", user.getId(), fullName(user), step.from(), step.to(), false));
          }
        }
      }
      for (Authority authority : authorities.findAll()) {
        if (authority.getAreaId().equals(step.to())) {
          claimedAuthorities.add(powerKey(authority, step.to()));
        }
      }
      for (Authority authority : authorities.findAll()) {
        if (authority.getAreaId().equals(step.from())) {
          boolean moved = claimedAuthorities.add(powerKey(authority, step.to()));
          moves.add(new Move("AUTHORITY", String.valueOf(authority.getId()), authority.getActorTitle() + " ("
              + authority.getLevelName() + ")", step.from(), step.to(), !moved));
        }
      }
    }
    return moves;
  }

  private static void claim(Set<String> claimed, List<String> keys, String to) {
    keys.forEach(key -> claimed.add(key + "|" + to));
  }

  private static String powerKey(Authority authority, String area) {
    return area + "|" + authority.getPower() + "|" + authority.getRewardForm();
  }

  private static String fullName(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name + " (" + user.getId() + ")";
  }

  // ---- the execution ----------------------------------------------------------------------------------------

  private void apply(Resolved resolved, List<Move> moves) {
    Instant at = clock.instant();
    for (Unit unit : resolved.created()) {
      units.save(unit);
      Group group = identity.newGroup(unit.getId());
      group.setName(unit.getName());
      group.setType("UNIT");
      identity.saveGroup(group);
      audit.created(UNIT_KIND, unit.getId(), snapshot(unit));
    }
    for (Step step : resolved.steps()) {
      MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", step.from())
          .addValue("to", step.to()).addValue("at", Timestamp.from(at));
      // decisions dated from the move on now count for the new unit: their models' tally rows follow (none but
      // for decisions dated ahead of the clock)
      List<Long> decidedSince = jdbc.queryForList("""
          select distinct d.model_id from model_decision d join mobilization_model m on m.id = d.model_id
          where m.unit_id = :from and d.decided_at >= :at""", params, Long.class);
      tally.around(decidedSince, () -> {
        // the unit a model leaves is kept with the time it left, for the reports of past periods
        jdbc.update("""
            insert into model_unit_history (model_id, unit_id, valid_from, valid_until)
            select m.id, m.unit_id, (select max(h.valid_until) from model_unit_history h where h.model_id = m.id), :at
            from mobilization_model m where m.unit_id = :from""", params);
        return jdbc.update("update mobilization_model set unit_id = :to where unit_id = :from", params);
      });
      replaceVariables(step);
      tasks.move(step.from(), step.to(), step.toName());
    }
    for (Move move : moves) {
      if (move.kept()) {
        continue;
      }
      MapSqlParameterSource params = new MapSqlParameterSource().addValue("from", move.fromUnitId())
          .addValue("to", move.toUnitId()).addValue("id", move.id());
      switch (move.kind()) {
        case "ASSIGNMENT" -> jdbc.update("update directive_assignment set unit_id = :to where id = cast(:id as bigint)", params);
        case "UNIT_REPORT" -> jdbc.update("update unit_report set unit_id = :to where id = cast(:id as bigint)", params);
        case "DIRECTIVE_TASK" -> jdbc.update(
            "update directive_task_unit set unit_id = :to where task_id = cast(:id as bigint) and unit_id = :from", params);
        case "MEMBERSHIP" -> {
          identity.createMembership(move.id(), move.toUnitId());
          String subject = move.id() + "@" + move.toUnitId();
          Map<String, Object> membership = new LinkedHashMap<>();
          membership.put("unitId", move.toUnitId());
          membership.put("unitName", units.findById(move.toUnitId()).map(Unit::getName).orElse(move.toUnitId()));
          membership.put("userId", move.id());
          membership.put("userName", move.label());
          audit.created(MEMBERSHIP_KIND, subject.length() > 64 ? subject.substring(0, 64) : subject, membership);
        }
        case "AUTHORITY" -> moveAuthority(Long.valueOf(move.id()), move.toUnitId());
        case "PETITION" -> {
          jdbc.update("update petition set receiving_unit_id = :to where id = cast(:id as bigint)"
              + " and receiving_unit_id = :from", params);
          jdbc.update("update petition set handling_unit_id = :to where id = cast(:id as bigint)"
              + " and handling_unit_id = :from", params);
        }
        default -> {
          // models, evidence, tasks, reminder jobs and variables moved with their unit above
        }
      }
    }
    Map<String, Unit> changed = new HashMap<>();
    for (UnitStep step : resolved.unitSteps()) {
      if (step.action().equals("CREATE")) {
        continue;
      }
      Unit unit = changed.computeIfAbsent(step.unitId(), id -> units.findById(id).orElseThrow());
      Map<String, Object> before = snapshot(unit);
      switch (step.action()) {
        case "CLOSE" -> unit.close(resolved.plan().effectiveOn(), step.otherId());
        case "PLACE_UNDER" -> unit.moveTo(step.otherId());
        case "OVERSEE" -> unit.oversees(step.otherId());
        default -> throw new IllegalStateException(step.action());
      }
      units.save(unit);
      audit.updated(UNIT_KIND, unit.getId(), before, snapshot(unit));
    }
  }

  /** Variables naming the old unit now name its successor; a unitName beside a unitId follows it. */
  private void replaceVariables(Step step) {
    for (String name : UNIT_VARIABLES) {
      for (VariableInstance variable : runtime.createVariableInstanceQuery().variableValueEquals(name, step.from())
          .list()) {
        if (variable.getTaskId() != null) {
          continue; // a task-local copy: the task list columns follow in TaskUnitChange
        }
        runtime.setVariableLocal(variable.getExecutionId(), name, step.to());
        if (name.equals("unitId") && runtime.getVariableLocal(variable.getExecutionId(), "unitName") != null) {
          runtime.setVariableLocal(variable.getExecutionId(), "unitName", step.toName());
        }
        if (name.equals("unitId")) {
          replaceDepartment(variable.getExecutionId(), step);
        }
      }
    }
    for (VariableInstance variable : runtime.createVariableInstanceQuery()
        .variableValueEquals(LEADER_VARIABLE, LEADER_PREFIX + step.from()).list()) {
      if (variable.getTaskId() == null) {
        runtime.setVariableLocal(variable.getExecutionId(), LEADER_VARIABLE, LEADER_PREFIX + step.to());
      }
    }
  }

  /** A petition's sort form offers the new unit where it offered the old one (its delegate checks the choice). */
  private void replaceDepartment(String executionId, Step step) {
    Object offered = runtime.getVariableLocal(executionId, DEPARTMENTS_VARIABLE);
    if (offered == null) {
      return;
    }
    try {
      List<Map<String, String>> options = JSON.readValue(offered.toString(), new TypeReference<>() { });
      Map<String, Map<String, String>> byValue = new LinkedHashMap<>();
      for (Map<String, String> option : options) {
        boolean old = step.from().equals(option.get("value"));
        Map<String, String> kept = old ? Map.of("label", step.toName(), "value", step.to()) : option;
        byValue.putIfAbsent(kept.get("value"), kept);
      }
      runtime.setVariableLocal(executionId, DEPARTMENTS_VARIABLE,
          SpinValues.jsonValue(JSON.writeValueAsString(byValue.values())).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("departments of " + executionId, e);
    }
  }

  private void moveAuthority(long id, String areaId) {
    Optional<Authority> found = authorities.findById(id);
    if (found.isEmpty()) {
      return;
    }
    Authority authority = found.get();
    Map<String, Object> before = Map.of("areaId", authority.getAreaId());
    authority.change(areaId, authority.getLevelName(), authority.getPower(), authority.getActorGroup(),
        authority.getActorTitle());
    authorities.save(authority);
    audit.updated(AUTHORITY_KIND, id, before, Map.of("areaId", areaId));
  }

  private static Map<String, Object> snapshot(Unit unit) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", unit.getName());
    fields.put("kind", unit.getKind().name());
    fields.put("parentId", unit.getParentId());
    fields.put("overseesId", unit.getOverseesId());
    fields.put("registrationReviewerId", unit.getRegistrationReviewerId());
    fields.put("closedOn", unit.getClosedOn() == null ? null : unit.getClosedOn().toString());
    fields.put("successorId", unit.getSuccessorId());
    return fields;
  }
}
